using System.Text.Json;
using Dapper;
using Intake.Core.Alerts;
using Npgsql;

namespace Intake.Storage.Postgres.Alerts;

/// <summary>Alerts as rows: ops_alert's unique key decides which host raises one, in the transaction that writes its event.</summary>
public sealed class PostgresOpsAlertStore : IOpsAlertStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;

    public PostgresOpsAlertStore(NpgsqlDataSource dataSource, TimeProvider time)
    {
        DapperTypes.Register();
        _dataSource = dataSource;
        _time = time;
    }

    public async Task<IReadOnlyList<ChannelAlertState>> ChannelsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ChannelRow>(new CommandDefinition(
            """
            SELECT h.channel, h.last_error AS problem, h.last_ok_at,
                   (SELECT count(*)::int FROM ops_alert a WHERE a.type = 'ops.channel_down' AND a.subject = h.channel) AS downs,
                   (SELECT count(*)::int FROM ops_alert a WHERE a.type = 'ops.channel_recovered' AND a.subject = h.channel) AS recoveries
            FROM channel_heartbeat h ORDER BY h.channel
            """, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new ChannelAlertState(r.Channel, r.Problem, r.LastOkAt, r.Downs, r.Recoveries))];
    }

    public async Task<IReadOnlyList<FailedConfirmation>> UnalertedFailedConfirmationsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        // A day back is enough for a check that runs every minute, and an upgrade does not alert on old failures.
        var rows = await connection.QueryAsync<FailedRow>(new CommandDefinition(
            """
            SELECT o.id AS outbound_id, c.reference AS case_reference, o.channel, o.kind, o.updated_at AS failed_at
            FROM outbound_message o JOIN cancellation_case c ON c.id = o.case_id
            WHERE o.status IN ('failed', 'undelivered') AND o.kind LIKE 'confirmation%' AND o.updated_at > @since
              AND NOT EXISTS (SELECT 1 FROM ops_alert a WHERE a.key = 'confirmation_failed:' || o.id)
            ORDER BY o.id LIMIT 200
            """, new { since = _time.GetUtcNow().AddDays(-1) }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new FailedConfirmation(r.OutboundId, r.CaseReference, r.Channel, r.Kind, r.FailedAt))];
    }

    public async Task<IReadOnlyList<OverdueCallback>> UnalertedOverdueCallbacksAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<OverdueRow>(new CommandDefinition(
            """
            SELECT p.id AS callback_id, c.reference AS case_reference, p.due_at, p.escalated_at
            FROM callback_promise p JOIN cancellation_case c ON c.id = p.case_id
            WHERE p.done_at IS NULL AND p.escalated_at > @since
              AND NOT EXISTS (SELECT 1 FROM ops_alert a WHERE a.key = 'callback_overdue:' || p.id)
            ORDER BY p.id LIMIT 200
            """, new { since = _time.GetUtcNow().AddDays(-1) }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new OverdueCallback(r.CallbackId, r.CaseReference, r.DueAt, r.EscalatedAt))];
    }

    public async Task<long> QuarantinedAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM raw_payload WHERE status = 'quarantined' AND received_at >= @from AND received_at < @to",
            new { from, to }, cancellationToken: cancellationToken));
    }

    public async Task<bool> RaiseAsync(OpsAlert alert, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Serialize(new { type = alert.Type, version = 1, timestamp = at, data = alert.Data }, Json);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var eventId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO webhook_event (case_id, type, payload, created_at) VALUES (NULL, @Type, @payload::jsonb, @at) RETURNING id",
            new { alert.Type, payload, at }, transaction, cancellationToken: cancellationToken));
        // A second host raising the same alert waits here on the key, then finds it taken and rolls back its event.
        var taken = await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO ops_alert (key, type, subject, event_id, created_at) VALUES (@Key, @Type, @Subject, @eventId, @at) ON CONFLICT (key) DO NOTHING",
            new { alert.Key, alert.Type, alert.Subject, eventId, at }, transaction, cancellationToken: cancellationToken));
        if (taken == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO webhook_delivery (event_id, case_id, endpoint, next_attempt_at, created_at)
            SELECT @eventId, NULL, e.name, @at, @at FROM webhook_endpoint e
            WHERE e.enabled AND (cardinality(e.types) = 0 OR @Type = ANY (e.types) OR 'ops.*' = ANY (e.types)) -- 'ops.*' subscribes to every alert
            """, new { eventId, alert.Type, at }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private sealed class ChannelRow
    {
        public string Channel { get; init; } = "";
        public string? Problem { get; init; }
        public DateTimeOffset? LastOkAt { get; init; }
        public int Downs { get; init; }
        public int Recoveries { get; init; }
    }

    private sealed class OverdueRow
    {
        public long CallbackId { get; init; }
        public string CaseReference { get; init; } = "";
        public DateTimeOffset DueAt { get; init; }
        public DateTimeOffset EscalatedAt { get; init; }
    }

    private sealed class FailedRow
    {
        public long OutboundId { get; init; }
        public string CaseReference { get; init; } = "";
        public string Channel { get; init; } = "";
        public string Kind { get; init; } = "";
        public DateTimeOffset FailedAt { get; init; }
    }
}
