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
            WHERE m.case_id IS NOT NULL),
        opened AS (
            SELECT r.* FROM run r WHERE r.id = (SELECT min(x.id) FROM inbound_message x WHERE x.case_id = r.case_id))
        SELECT EXTRACT(EPOCH FROM (o.sent_at - f.received_at)) * 1000 AS Milliseconds, o.rows AS Replies
        FROM opened f
        CROSS JOIN LATERAL (
            SELECT min(sent_at) FILTER (WHERE status IN ('sent', 'dev-outbox')) AS sent_at, count(*) AS rows
            FROM outbound_message WHERE case_id = f.case_id AND kind <> 'reply') o
        """;

    /// <summary>Waits (up to <paramref name="drainFor"/>) until every such case's reply left, then measures.</summary>
    public static async Task<(LatencySummary Latency, int Cases, int Pending)> MeasureAsync(
        NpgsqlDataSource database, IEnumerable<AcceptedIntake> accepted, TimeSpan drainFor, CancellationToken cancellationToken)
    {
        var distinct = accepted.Distinct().ToArray();
        var channels = distinct.Select(intake => intake.Channel).ToArray();
        var ids = distinct.Select(intake => intake.ProviderMessageId).ToArray();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            var rows = (await connection.QueryAsync<Row>(new CommandDefinition(Sql, new { channels, ids }, cancellationToken: cancellationToken))).ToList();
            var pending = rows.Count(row => row.Milliseconds is null);
            if (pending == 0 || clock.Elapsed >= drainFor)
            {
                var sent = rows.Where(row => row.Milliseconds is not null).Select(row => (double)row.Milliseconds!.Value).ToList();
                return (LatencySummary.Of(sent), rows.Count, pending);
            }
            await Task.Delay(500, cancellationToken);
        }
    }

    private sealed record Row(decimal? Milliseconds, long Replies);
}
