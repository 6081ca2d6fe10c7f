using Dapper;
using Intake.Core.Console;
using Intake.Storage.Postgres.Cases;
using Npgsql;

namespace Intake.Storage.Postgres.Console;

/// <summary>Notes, reasons for leaving, and undoing staff-made identity links: each with its audit event in one transaction.</summary>
public sealed class PostgresCaseAnnotations(NpgsqlDataSource dataSource, TimeProvider time) : ICaseAnnotations
{
    static PostgresCaseAnnotations() => DapperTypes.Register();

    /// <summary>Adds a note; the text stays in case_note, the audit gets its id only. Null when the case is unknown.</summary>
    public Task<long?> AddNoteAsync(string reference, string actor, string body, CancellationToken cancellationToken) =>
        InCaseAsync(reference, actor, async (connection, transaction, locked, now) =>
        {
            var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "INSERT INTO case_note (case_id, author, body, created_at) VALUES (@Id, @actor, @body, @now) RETURNING id",
                new { locked.Id, actor, body, now }, transaction, cancellationToken: cancellationToken));
            return ((long?)id, new StaffEvent("note_added", new Dictionary<string, object?> { ["noteId"] = id }));
        }, cancellationToken);

    /// <summary>Appends one staff event to the case's timeline (e.g. who entered a manual intake). False when the case is unknown.</summary>
    public async Task<bool> AppendAsync(string reference, string actor, StaffEvent staffEvent, CancellationToken cancellationToken) =>
        await InCaseAsync(reference, actor, (_, _, _, _) => Task.FromResult(((bool?)true, (StaffEvent?)staffEvent)), cancellationToken) == true;

    /// <summary>Tags the case's reason for leaving (a code from ReasonCodes). False when the case is unknown.</summary>
    public async Task<bool> TagReasonAsync(string reference, string actor, string reasonCode, CancellationToken cancellationToken) =>
        await InCaseAsync(reference, actor, async (connection, transaction, locked, now) =>
        {
            var previous = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
                "UPDATE cancellation_case c SET reason = @reasonCode, updated_at = @now FROM (SELECT reason FROM cancellation_case WHERE id = @Id) p WHERE c.id = @Id RETURNING p.reason",
                new { locked.Id, reasonCode, now }, transaction, cancellationToken: cancellationToken));
            return ((bool?)true, new StaffEvent("reason_tagged", new Dictionary<string, object?> { ["reason"] = reasonCode, ["previous"] = previous }));
        }, cancellationToken) == true;

    /// <summary>Removes an identity link a staff member made for this case's customer. False when there is no such link.</summary>
    public async Task<bool> UnlinkAddressAsync(string reference, long linkId, string actor, CancellationToken cancellationToken) =>
        await InCaseAsync(reference, actor, async (connection, transaction, locked, now) =>
        {
            var kind = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
                """
                DELETE FROM identity_link l USING cancellation_case c
                WHERE l.id = @linkId AND c.id = @Id AND l.customer_id = c.customer_id AND l.linked_by IS NOT NULL
                RETURNING l.kind
                """, new { linkId, locked.Id }, transaction, cancellationToken: cancellationToken));
            return kind is null ? (null, null)
                : ((bool?)true, new StaffEvent("address_unlinked", new Dictionary<string, object?> { ["linkId"] = linkId, ["kind"] = kind }));
        }, cancellationToken) == true;

    private async Task<T?> InCaseAsync<T>(
        string reference, string actor, Func<NpgsqlConnection, NpgsqlTransaction, LockedCaseKey, DateTimeOffset, Task<(T? Result, StaffEvent? Event)>> act,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await StaffCaseEvents.LockAsync(connection, transaction, reference, cancellationToken) is not { } locked) return default;
        var now = time.GetUtcNow();
        var (result, staffEvent) = await act(connection, transaction, locked, now);
        if (staffEvent is null) return default;
        await PostgresCaseJournal.AppendAsync(connection, transaction, locked.Id, locked.Verified, now, staffEvent.Type, actor, staffEvent.Data, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
