using Dapper;
using Intake.Core.Console;
using Npgsql;

namespace Intake.Storage.Postgres.Console;

/// <summary>The staff_user table: accounts, failed sign-ins and lockout, interface language (lifecycle changes: <see cref="PostgresStaffLifecycle"/>).</summary>
public sealed class PostgresStaffUsers(NpgsqlDataSource dataSource) : IStaffUsers
{
    private const string Columns = "id, email, role, password_hash, failed_logins, locked_until, language, active, session_version, must_change_password";

    static PostgresStaffUsers() => DapperTypes.Register();

    public async Task<StaffUser?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<StaffUser>(new CommandDefinition(
            $"SELECT {Columns} FROM staff_user WHERE email = @email", new { email }, cancellationToken: cancellationToken));
    }

    public async Task<StaffUser?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<StaffUser>(new CommandDefinition(
            $"SELECT {Columns} FROM staff_user WHERE id = @id", new { id }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<StaffUser>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<StaffUser>(new CommandDefinition(
            $"SELECT {Columns} FROM staff_user ORDER BY email", cancellationToken: cancellationToken))];
    }

    /// <summary>Creates a user; null when the email address is taken.</summary>
    public async Task<long?> CreateAsync(string email, string role, string passwordHash, string language, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            """
            INSERT INTO staff_user (email, role, password_hash, language) VALUES (@email, @role, @passwordHash, @language)
            ON CONFLICT (email) DO NOTHING RETURNING id
            """, new { email, role, passwordHash, language }, cancellationToken: cancellationToken));
    }

    /// <summary>Counts a failed sign-in; the account locks until <paramref name="lockUntil"/> once <paramref name="threshold"/> is reached.</summary>
    public async Task<int> RecordFailureAsync(long id, int threshold, DateTimeOffset lockUntil, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // One statement, so concurrent guesses cannot each read a count below the threshold.
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            """
            UPDATE staff_user SET failed_logins = failed_logins + 1,
                locked_until = CASE WHEN failed_logins + 1 >= @threshold THEN @lockUntil ELSE locked_until END
            WHERE id = @id RETURNING failed_logins
            """, new { id, threshold, lockUntil }, cancellationToken: cancellationToken));
    }

    public Task RecordSuccessAsync(long id, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE staff_user SET failed_logins = 0, locked_until = NULL WHERE id = @id", new { id }, cancellationToken);

    public Task UnlockAsync(long id, CancellationToken cancellationToken) => RecordSuccessAsync(id, cancellationToken);

    public Task SetLanguageAsync(long id, string language, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE staff_user SET language = @language WHERE id = @id", new { id, language }, cancellationToken);

    public Task SetRoleAsync(long id, string role, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE staff_user SET role = @role WHERE id = @id", new { id, role }, cancellationToken);

    public Task SetPasswordHashAsync(long id, string passwordHash, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE staff_user SET password_hash = @passwordHash, failed_logins = 0, locked_until = NULL WHERE id = @id",
            new { id, passwordHash }, cancellationToken);

    private async Task ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }
}
