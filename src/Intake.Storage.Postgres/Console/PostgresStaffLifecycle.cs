using System.Text.Json;
using Dapper;
using Intake.Core.Console;
using Npgsql;

namespace Intake.Storage.Postgres.Console;

/// <summary>
/// Deactivation, reactivation, password change and admin reset of staff accounts, each with its staff_event in one
/// transaction. Every change that must end sessions raises the account's session version.
/// </summary>
public sealed class PostgresStaffLifecycle(NpgsqlDataSource dataSource, TimeProvider time) : IStaffLifecycle
{
    static PostgresStaffLifecycle() => DapperTypes.Register();

    /// <summary>Deactivates an active account and ends its sessions; false when unknown or already inactive.</summary>
    public Task<bool> DeactivateAsync(long id, string actor, CancellationToken cancellationToken) =>
        ChangeAsync("UPDATE staff_user SET active = false, session_version = session_version + 1 WHERE id = @id AND active RETURNING id",
            new { id }, new StaffEvent("staff_deactivated", NoData), actor, cancellationToken);

    /// <summary>Lets an inactive account sign in again (with its password as it was, unlocked); false when unknown or active.</summary>
    public Task<bool> ReactivateAsync(long id, string actor, CancellationToken cancellationToken) =>
        ChangeAsync("UPDATE staff_user SET active = true, failed_logins = 0, locked_until = NULL WHERE id = @id AND NOT active RETURNING id",
            new { id }, new StaffEvent("staff_reactivated", NoData), actor, cancellationToken);

    /// <summary>The user's own new password: ends every session of the account (the caller re-issues its own).</summary>
    public Task<bool> ChangePasswordAsync(long id, string passwordHash, CancellationToken cancellationToken) =>
        ChangeAsync(SetPassword(mustChange: false), new { id, passwordHash }, new StaffEvent("password_changed", NoData),
            "staff:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);

    /// <summary>An admin's temporary password: ends the account's sessions and asks for a new password at next sign-in.</summary>
    public Task<bool> ResetPasswordAsync(long id, string passwordHash, bool generated, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(SetPassword(mustChange: true), new { id, passwordHash },
            new StaffEvent("password_reset", new Dictionary<string, object?> { ["generated"] = generated }), actor, cancellationToken);

    /// <summary>Records an event that changes nothing on the account (a sign-in with OpenID Connect).</summary>
    public Task<bool> RecordAsync(long id, StaffEvent staffEvent, string actor, CancellationToken cancellationToken) =>
        ChangeAsync("SELECT id FROM staff_user WHERE id = @id", new { id }, staffEvent, actor, cancellationToken);

    /// <summary>The latest account events, newest first.</summary>
    public async Task<IReadOnlyList<StaffAuditEntry>> RecentEventsAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<StaffAuditEntry>(new CommandDefinition(
            "SELECT id, staff_id, at, type, actor, data::text AS data FROM staff_event ORDER BY id DESC LIMIT @limit",
            new { limit }, cancellationToken: cancellationToken))];
    }

    private static readonly IReadOnlyDictionary<string, object?> NoData = new Dictionary<string, object?>();

    private static string SetPassword(bool mustChange) =>
        $"""
        UPDATE staff_user SET password_hash = @passwordHash, must_change_password = {(mustChange ? "true" : "false")},
            session_version = session_version + 1, failed_logins = 0, locked_until = NULL
        WHERE id = @id RETURNING id
        """;

    private async Task<bool> ChangeAsync(string sql, object parameters, StaffEvent staffEvent, string actor, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
        if (id is null) return false;
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO staff_event (staff_id, at, type, actor, data) VALUES (@id, @at, @Type, @actor, @data::jsonb)",
            new { id, at = time.GetUtcNow(), staffEvent.Type, actor, data = JsonSerializer.Serialize(staffEvent.Data) },
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
