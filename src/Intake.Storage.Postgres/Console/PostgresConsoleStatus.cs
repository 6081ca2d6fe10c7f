using Dapper;
using Intake.Core.Console;
using Npgsql;

namespace Intake.Storage.Postgres.Console;

/// <summary>What the console warns about: quarantined payloads and channels that stopped.</summary>
public sealed class PostgresConsoleStatus(NpgsqlDataSource dataSource) : IConsoleStatus
{
    static PostgresConsoleStatus() => DapperTypes.Register();

    public async Task<IReadOnlyList<QuarantinedPayload>> QuarantinedAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<QuarantinedPayload>(new CommandDefinition(
            """
            SELECT id, channel, content_type, octet_length(body) AS size, received_at, reason, updated_at
            FROM raw_payload WHERE status = 'quarantined' ORDER BY received_at DESC, id DESC OFFSET @offset LIMIT @limit
            """, new { offset, limit }, cancellationToken: cancellationToken))];
    }

    public async Task<int> QuarantinedCountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT count(*)::int FROM raw_payload WHERE status = 'quarantined'", cancellationToken: cancellationToken));
    }

    /// <summary>Channels whose last heartbeat row reports a problem.</summary>
    public async Task<IReadOnlyList<ChannelWarning>> ChannelWarningsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<ChannelWarning>(new CommandDefinition(
            """
            SELECT channel, last_ok_at, last_error_at, last_error FROM channel_heartbeat
            WHERE last_error IS NOT NULL ORDER BY channel
            """, cancellationToken: cancellationToken))];
    }
}
