using Dapper;
using Intake.Core.Events;
using Npgsql;

namespace Intake.Storage.Postgres.Events;

/// <summary>The event outbox: endpoints from configuration, deliveries claimed with SKIP LOCKED, in order per case.</summary>
public sealed class PostgresWebhookDeliveryStore(NpgsqlDataSource dataSource, TimeProvider time) : IWebhookDeliveryStore
{
    static PostgresWebhookDeliveryStore() => DapperTypes.Register();

    public async Task SyncEndpointsAsync(IReadOnlyList<WebhookEndpointOptions> endpoints, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var endpoint in endpoints)
            // A changed URL or filter re-enables an endpoint that answered 410.
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO webhook_endpoint (name, url, types) VALUES (@Name, @Url, @Types)
                ON CONFLICT (name) DO UPDATE SET url = EXCLUDED.url, types = EXCLUDED.types, updated_at = now(),
                    enabled = webhook_endpoint.enabled OR webhook_endpoint.url <> EXCLUDED.url OR webhook_endpoint.types <> EXCLUDED.types
                    OR webhook_endpoint.disabled_reason = 'removed from configuration',
                    disabled_reason = CASE WHEN webhook_endpoint.url <> EXCLUDED.url OR webhook_endpoint.types <> EXCLUDED.types
                        OR webhook_endpoint.disabled_reason = 'removed from configuration' THEN NULL ELSE webhook_endpoint.disabled_reason END
                """, new { endpoint.Name, endpoint.Url, Types = endpoint.Types.ToArray() }, transaction, cancellationToken: cancellationToken));
        // What waits for an endpoint no longer configured is disabled now, as a dispatch pass would when it claimed it: a host
        // without endpoints runs no pass.
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE webhook_endpoint SET enabled = false, disabled_reason = 'removed from configuration', updated_at = now() WHERE NOT (name = ANY(@names)) AND enabled;
            UPDATE webhook_delivery SET status = 'disabled', last_error = 'endpoint no longer configured' WHERE status = 'pending' AND NOT (endpoint = ANY(@names));
            """,
            new { names = endpoints.Select(e => e.Name!).ToArray() }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<WebhookDelivery>> ClaimAsync(int batchSize, TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<WebhookDelivery>(new CommandDefinition(
            """
            WITH due AS (
                SELECT d.id FROM webhook_delivery d
                WHERE ((d.status = 'pending' AND d.next_attempt_at <= @now) OR (d.status = 'sending' AND d.claimed_at < @stale))
                  AND NOT EXISTS (SELECT 1 FROM webhook_delivery p
                                  WHERE p.endpoint = d.endpoint AND p.case_id = d.case_id AND p.id < d.id AND p.status IN ('pending', 'sending'))
                ORDER BY d.id
                LIMIT @batchSize
                FOR UPDATE SKIP LOCKED)
            UPDATE webhook_delivery d SET status = 'sending', claimed_at = @now, attempts = d.attempts + 1
            FROM due, webhook_event e
            WHERE d.id = due.id AND e.id = d.event_id
            RETURNING d.id, d.event_id, d.endpoint, e.type, e.payload::text AS payload, d.attempts, d.created_at, d.claimed_at
            """, new { now, stale = now - staleAfter, batchSize }, cancellationToken: cancellationToken));
        return [.. rows.OrderBy(r => r.Id)];
    }

    public async Task CompleteAsync(WebhookDelivery delivery, DeliveryOutcome outcome, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE webhook_delivery
            SET status = @Status, last_status = @HttpStatus, last_error = @Error, last_latency_ms = @LatencyMs, claimed_at = NULL,
                next_attempt_at = COALESCE(@RetryAt, next_attempt_at),
                delivered_at = CASE WHEN @Status = 'delivered' THEN @now ELSE delivered_at END
            WHERE id = @Id AND status = 'sending' AND claimed_at = @ClaimedAt
            """,
            new { outcome.Status, outcome.HttpStatus, outcome.Error, outcome.LatencyMs, outcome.RetryAt, now = time.GetUtcNow(), delivery.Id, delivery.ClaimedAt },
            cancellationToken: cancellationToken));
    }

    public async Task DisableEndpointAsync(string endpoint, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE webhook_endpoint SET enabled = false, disabled_reason = @reason, updated_at = now() WHERE name = @endpoint;
            UPDATE webhook_delivery SET status = 'disabled', last_error = @reason WHERE endpoint = @endpoint AND status = 'pending';
            """, new { endpoint, reason }, cancellationToken: cancellationToken));
    }

    public async Task<bool> AnyDueAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM webhook_delivery WHERE status = 'pending' AND next_attempt_at <= @now)",
            new { now = time.GetUtcNow() }, cancellationToken: cancellationToken));
    }

    public async Task<int> ReplayAsync(string? endpoint, long? eventId, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var parameters = new { endpoint, eventId, from, to, now = time.GetUtcNow() };
        // Events created before an endpoint existed get a delivery now; existing ones go back to pending.
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO webhook_delivery (event_id, case_id, endpoint, next_attempt_at, created_at)
            SELECT e.id, e.case_id, w.name, @now, @now FROM webhook_event e CROSS JOIN webhook_endpoint w
            WHERE w.enabled AND (@endpoint::text IS NULL OR w.name = @endpoint) AND (cardinality(w.types) = 0 OR e.type = ANY (w.types) OR split_part(e.type, '.', 1) || '.*' = ANY (w.types))
              AND (@eventId::bigint IS NULL OR e.id = @eventId)
              AND (@from::timestamptz IS NULL OR e.created_at >= @from) AND (@to::timestamptz IS NULL OR e.created_at < @to)
            ON CONFLICT (event_id, endpoint) DO NOTHING
            """, parameters, transaction, cancellationToken: cancellationToken));
        var count = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE webhook_delivery d SET status = 'pending', next_attempt_at = @now, created_at = @now, last_error = NULL
            FROM webhook_event e, webhook_endpoint w
            WHERE e.id = d.event_id AND w.name = d.endpoint AND w.enabled AND d.status <> 'sending'
              AND (@endpoint::text IS NULL OR d.endpoint = @endpoint) AND (@eventId::bigint IS NULL OR e.id = @eventId)
              AND (@from::timestamptz IS NULL OR e.created_at >= @from) AND (@to::timestamptz IS NULL OR e.created_at < @to)
            """, parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return count;
    }
}
