using System.Globalization;
using Dapper;
using Intake.Core.Email;
using Npgsql;

namespace Intake.Storage.Postgres.Email;

/// <summary>UIDVALIDITY and last processed UID per mailbox in channel_checkpoint, and a cross-host lock so one host reads a mailbox at a time.</summary>
public sealed class PostgresMailboxCheckpoints : IMailboxCheckpoints
{
    private const string Channel = "email";
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;

    public PostgresMailboxCheckpoints(NpgsqlDataSource dataSource, TimeProvider time)
    {
        DapperTypes.Register();
        _dataSource = dataSource;
        _time = time;
    }

    public async Task<MailboxCheckpoint?> GetAsync(string mailbox, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var values = (await connection.QueryAsync<(string Name, string Value)>(new CommandDefinition(
            "SELECT name, value FROM channel_checkpoint WHERE channel = @Channel AND name IN (@validity, @uid)",
            new { Channel, validity = ValidityName(mailbox), uid = UidName(mailbox) }, cancellationToken: cancellationToken)))
            .ToDictionary(v => v.Name, v => uint.Parse(v.Value, CultureInfo.InvariantCulture), StringComparer.Ordinal);
        return values.TryGetValue(ValidityName(mailbox), out var validity)
            ? new MailboxCheckpoint(validity, values.GetValueOrDefault(UidName(mailbox)))
            : null;
    }

    // Both values in one statement: a reader never sees a new UIDVALIDITY with an old UID.
    public async Task SetAsync(string mailbox, MailboxCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO channel_checkpoint (channel, name, value, updated_at)
            VALUES (@Channel, @validityName, @validity, @now), (@Channel, @uidName, @uid, @now)
            ON CONFLICT (channel, name) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at
            """,
            new
            {
                Channel, validityName = ValidityName(mailbox), uidName = UidName(mailbox), now = _time.GetUtcNow(),
                validity = checkpoint.UidValidity.ToString(CultureInfo.InvariantCulture),
                uid = checkpoint.LastUid.ToString(CultureInfo.InvariantCulture),
            }, cancellationToken: cancellationToken));
    }

    // A session-level advisory lock on a connection of its own: it lasts as long as the connection does.
    public async Task<IAsyncDisposable?> TryLockAsync(string mailbox, CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var key = "email-mailbox:" + mailbox;
        var locked = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT pg_try_advisory_lock(hashtextextended(@key, 0))", new { key }, cancellationToken: cancellationToken));
        if (locked) return new MailboxLock(connection, key);
        await connection.DisposeAsync();
        return null;
    }

    private static string ValidityName(string mailbox) => $"mailbox:{mailbox}:uidvalidity";
    private static string UidName(string mailbox) => $"mailbox:{mailbox}:last-uid";

    private sealed class MailboxLock(NpgsqlConnection connection, string key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    "SELECT pg_advisory_unlock(hashtextextended(@key, 0))", new { key }, cancellationToken: CancellationToken.None));
            }
            catch (NpgsqlException)
            {
                // The connection broke: the server already released the session lock with it. If it did not (the unlock
                // timed out), it must not go back to the pool still holding the lock (the pool does not reset connections).
                if (connection.FullState != System.Data.ConnectionState.Broken) NpgsqlConnection.ClearPool(connection);
            }
            await connection.DisposeAsync();
        }
    }
}
