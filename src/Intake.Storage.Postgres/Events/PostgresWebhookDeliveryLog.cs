using Dapper;
using Intake.Core.Events;
using Npgsql;

namespace Intake.Storage.Postgres.Events;

/// <summary>Reads the delivery log of events to billing and CRM.</summary>
public sealed class PostgresWebhookDeliveryLog : IWebhookDeliveryLog
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresWebhookDeliveryLog(NpgsqlDataSource dataSource)
    {
        DapperTypes.Register();
        _dataSource = dataSource;
    }

    public async Task<IReadOnlyList<EndpointSummary>> EndpointsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<EndpointSummary>(new CommandDefinition(
            """
            SELECT w.name, w.url, w.enabled, w.disabled_reason,
                   count(*) FILTER (WHERE d.status IN ('pending', 'sending')) AS pending,
                   count(*) FILTER (WHERE d.status = 'delivered') AS delivered,
                   count(*) FILTER (WHERE d.status IN ('failed', 'disabled')) AS failed
            FROM webhook_endpoint w LEFT JOIN webhook_delivery d ON d.endpoint = w.name
            GROUP BY w.name ORDER BY w.name
            """, cancellationToken: cancellationToken))];
    }

    public async Task<IReadOnlyList<DeliveryLogEntry>> DeliveriesAsync(string? endpoint, string? status, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<DeliveryLogEntry>(new CommandDefinition(
            """
            SELECT d.id, d.event_id, d.endpoint, e.type, COALESCE(c.reference, '') AS case_reference, d.status, d.attempts, d.last_status,
                   d.last_error, d.last_latency_ms AS latency_ms, d.created_at, d.delivered_at
            FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event_id LEFT JOIN cancellation_case c ON c.id = d.case_id
            WHERE (@endpoint::text IS NULL OR d.endpoint = @endpoint) AND (@status::text IS NULL OR d.status = @status)
            ORDER BY d.id DESC OFFSET @offset LIMIT @limit
            """, new { endpoint, status, offset, limit }, cancellationToken: cancellationToken))];
    }
}
