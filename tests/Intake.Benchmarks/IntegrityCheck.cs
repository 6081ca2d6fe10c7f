using Dapper;
using Npgsql;

namespace Intake.Benchmarks;

/// <summary>Checks every acknowledged intake afterwards: none lost, nothing stored, opened or confirmed twice.</summary>
internal static class IntegrityCheck
{
    private const string Sql = """
        SELECT
            (SELECT count(*) FROM unnest(@channels, @ids) AS a(channel, id)
             WHERE NOT EXISTS (SELECT 1 FROM inbound_message m WHERE m.channel = a.channel AND m.provider_message_id = a.id)) AS Lost,
            (SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM inbound_message
             GROUP BY channel, provider_message_id HAVING count(*) > 1) d)::bigint AS DuplicateMessages,
            (SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM outbound_message WHERE kind <> 'reply'
             GROUP BY case_id, kind, channel HAVING count(*) > 1) d)::bigint AS DuplicateConfirmations,
            (SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM cancellation_case
             WHERE open_key IS NOT NULL AND status IN ('NeedsReview', 'NeedsIdentification', 'Accepted')
             GROUP BY open_key HAVING count(*) > 1) d)::bigint AS DuplicateCases,
            (SELECT count(*) FROM raw_payload WHERE status = 'quarantined' AND received_at >= @since) AS Quarantined,
            (SELECT count(*) FROM outbound_message WHERE status IN ('queued', 'sending')) AS Unsent
        """;

    public static async Task<IntegrityReport> RunAsync(NpgsqlDataSource database, DateTime since, IEnumerable<AcceptedIntake> accepted, CancellationToken cancellationToken)
    {
        var distinct = accepted.Distinct().ToArray();
        var channels = distinct.Select(intake => intake.Channel).ToArray();
        var ids = distinct.Select(intake => intake.ProviderMessageId).ToArray();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleAsync<IntegrityReport>(new CommandDefinition(Sql, new { channels, ids, since }, cancellationToken: cancellationToken));
    }
}
