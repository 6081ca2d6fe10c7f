using System.Diagnostics;
using Dapper;
using Npgsql;

namespace Intake.Benchmarks;

/// <summary>
/// Receipt → confirmation handed to the provider, from the database's own timestamps: for each case opened by
/// the given intakes, inbound_message.received_at of its first message → the first sent_at of its replies.
/// </summary>
internal static class ConfirmationLatency
{
    private const string Sql = """
        WITH run AS (
            SELECT m.id, m.case_id, m.received_at FROM unnest(@channels, @ids) AS a(channel, id)
            JOIN inbound_message m ON m.channel = a.channel AND m.provider_message_id = a.id
            -- A re-delivery in this window of a message first received earlier measures that earlier moment: left out.
            WHERE m.case_id IS NOT NULL AND m.received_at >= @since),
        opened AS (
            SELECT r.* FROM run r WHERE r.id = (SELECT min(x.id) FROM inbound_message x WHERE x.case_id = r.case_id))
        SELECT EXTRACT(EPOCH FROM (o.sent_at - f.received_at)) * 1000 AS Milliseconds, o.rows AS Replies
        FROM opened f
        CROSS JOIN LATERAL (
            SELECT min(sent_at) FILTER (WHERE status IN ('sent', 'dev-outbox')) AS sent_at, count(*) AS rows
            FROM outbound_message WHERE case_id = f.case_id AND kind <> 'reply') o
        """;

    /// <summary>Waits (up to <paramref name="drainFor"/>) until every such case's reply left, then measures the cases
    /// opened by messages first received since <paramref name="since"/>.</summary>
    public static async Task<(LatencySummary Latency, int Cases, int Pending)> MeasureAsync(
        NpgsqlDataSource database, IEnumerable<AcceptedIntake> accepted, DateTimeOffset since, TimeSpan drainFor, CancellationToken cancellationToken)
    {
        var distinct = accepted.Distinct().ToArray();
        var channels = distinct.Select(intake => intake.Channel).ToArray();
        var ids = distinct.Select(intake => intake.ProviderMessageId).ToArray();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            var rows = (await connection.QueryAsync<Row>(new CommandDefinition(Sql, new { channels, ids, since = since.UtcDateTime }, cancellationToken: cancellationToken))).ToList();
            var pending = rows.Count(row => row.Milliseconds is null);
            if (pending == 0 || clock.Elapsed >= drainFor)
            {
                var sent = rows.Where(row => row.Milliseconds is not null).Select(row => (double)row.Milliseconds!.Value).ToList();
                return (LatencySummary.Of(sent), rows.Count, pending);
            }
            await Task.Delay(500, cancellationToken);
        }
    }

    /// <summary>
    /// Where the confirmation time goes since <paramref name="since"/>: receipt → outbox row committed, row → handed to
    /// the provider, and how many Hangfire jobs ran and how long each waited for a worker (created → processing).
    /// </summary>
    public static async Task<string> StagesAsync(NpgsqlDataSource database, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var stages = await connection.QuerySingleAsync<Stages>(new CommandDefinition(StagesSql, new { since = since.UtcDateTime, sinceHangfire = DateTime.SpecifyKind(since.UtcDateTime, DateTimeKind.Unspecified) }, cancellationToken: cancellationToken));
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"confirmation stages: receipt→outbox row p50 {stages.AcceptP50:F1} / p99 {stages.AcceptP99:F1} ms; row→sent p50 {stages.SendP50:F1} / p99 {stages.SendP99:F1} ms; " +
            $"{stages.Jobs} dispatch jobs, worker pickup p50 {stages.PickupP50:F1} / p99 {stages.PickupP99:F1} ms");
    }

    private const string StagesSql = """
        WITH o AS (
            SELECT EXTRACT(EPOCH FROM (o.created_at - c.received_at)) * 1000 AS accept_ms,
                   EXTRACT(EPOCH FROM (o.sent_at - o.created_at)) * 1000 AS send_ms
            FROM outbound_message o JOIN cancellation_case c ON c.id = o.case_id
            WHERE o.created_at >= @since AND c.created_at >= @since AND o.kind <> 'reply' AND o.sent_at IS NOT NULL),
        j AS (
            SELECT EXTRACT(EPOCH FROM (p.createdat - j.createdat)) * 1000 AS pickup_ms
            FROM hangfire.job j JOIN LATERAL (
                SELECT min(s.createdat) AS createdat FROM hangfire.state s WHERE s.jobid = j.id AND s.name = 'Processing') p ON true
            WHERE j.createdat >= @sinceHangfire AND -- Hangfire keeps UTC in timestamp without time zone
               p.createdat IS NOT NULL)
        SELECT (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY accept_ms) FROM o) AS AcceptP50,
               (SELECT percentile_cont(0.99) WITHIN GROUP (ORDER BY accept_ms) FROM o) AS AcceptP99,
               (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY send_ms) FROM o) AS SendP50,
               (SELECT percentile_cont(0.99) WITHIN GROUP (ORDER BY send_ms) FROM o) AS SendP99,
               (SELECT count(*) FROM j) AS Jobs,
               (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY pickup_ms) FROM j) AS PickupP50,
               (SELECT percentile_cont(0.99) WITHIN GROUP (ORDER BY pickup_ms) FROM j) AS PickupP99
        """;

    private sealed record Row(decimal? Milliseconds, long Replies);

    private sealed record Stages(double? AcceptP50, double? AcceptP99, double? SendP50, double? SendP99, long Jobs, double? PickupP50, double? PickupP99);
}
