using Dapper;
using Intake.Core.X;
using Npgsql;

namespace Intake.Storage.Postgres.X;

/// <summary>The X channel's poll positions (mentions since_id, newest DM event id) in channel_checkpoint.</summary>
public sealed class PostgresXCheckpoints(NpgsqlDataSource dataSource) : IXCheckpoints
{
    private const string Channel = "x";

    public async Task<string?> GetAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT value FROM channel_checkpoint WHERE channel = @Channel AND name = @name",
            new { Channel, name }, cancellationToken: cancellationToken));
    }

    public async Task AdvanceAsync(string name, string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // X ids are decimal snowflakes: longer is newer, equal length compares as text.
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO channel_checkpoint (channel, name, value, updated_at) VALUES (@Channel, @name, @id, @at)
            ON CONFLICT (channel, name) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at
            WHERE length(EXCLUDED.value) > length(channel_checkpoint.value)
               OR (length(EXCLUDED.value) = length(channel_checkpoint.value) AND EXCLUDED.value COLLATE "C" > channel_checkpoint.value COLLATE "C")
            """, new { Channel, name, id, at = at.UtcDateTime }, cancellationToken: cancellationToken));
    }
}
