using Dapper;
using Npgsql;

namespace Intake.Storage.Postgres.Intake;

/// <summary>Raw payloads on their own, outside an intake transaction: the fallback when that cannot store one, replays and the sweep.</summary>
public sealed class PostgresRawPayloadStore(NpgsqlDataSource dataSource, TimeProvider time) : IRawPayloadStore
{
    static PostgresRawPayloadStore() => DapperTypes.Register();

    public async Task<long> SaveAsync(RawPayload payload, CancellationToken cancellationToken)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(RawPayloadSql.Insert(payload));
        return (long)(await batch.ExecuteScalarAsync(cancellationToken))!;
    }

    public Task MarkAcceptedAsync(long rawPayloadId, long messageId, CancellationToken cancellationToken) => UpdateAsync(
        "UPDATE raw_payload SET status = 'accepted', reason = NULL, message_id = @messageId, updated_at = @now WHERE id = @rawPayloadId",
        new { rawPayloadId, messageId, now = time.GetUtcNow() }, cancellationToken);

    public async Task QuarantineAsync(long rawPayloadId, string reason, CancellationToken cancellationToken)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(RawPayloadSql.Quarantine(rawPayloadId, reason, time.GetUtcNow()));
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<StoredPayload?> GetAsync(long rawPayloadId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            "SELECT id, channel, provider_id, content_type, body, received_at, status, reason FROM raw_payload WHERE id = @rawPayloadId",
            new { rawPayloadId }, cancellationToken: cancellationToken));
        return row is null ? null : new StoredPayload(row.Id,
            new RawPayload(row.Channel, row.ProviderId, row.ContentType, row.Body, new DateTimeOffset(DateTime.SpecifyKind(row.ReceivedAt, DateTimeKind.Utc))),
            row.Status, row.Reason);
    }

    public async Task<IReadOnlyList<long>> ListQuarantinedAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT id FROM raw_payload WHERE status = 'quarantined' ORDER BY received_at, id LIMIT @limit",
            new { limit }, cancellationToken: cancellationToken))];
    }

    public async Task<IReadOnlyList<long>> ListInterruptedAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT id FROM raw_payload WHERE status = 'received' AND received_at < @before ORDER BY received_at, id LIMIT @limit",
            new { before, limit }, cancellationToken: cancellationToken))];
    }

    private async Task UpdateAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    private sealed record Row(long Id, string Channel, string? ProviderId, string ContentType, byte[] Body, DateTime ReceivedAt, string Status, string? Reason);
}
