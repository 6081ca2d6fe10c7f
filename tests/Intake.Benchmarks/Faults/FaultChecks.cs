using Dapper;
using Npgsql;

namespace Intake.Benchmarks.Faults;

/// <summary>The database side of a fault run's verdict, on top of <see cref="IntegrityCheck"/>.</summary>
internal static class FaultChecks
{
    private const string Sql = """
        SELECT
            (SELECT count(*) FROM cancellation_case c
             WHERE EXISTS (SELECT 1 FROM inbound_message m WHERE m.case_id = c.id AND m.intent = 'cancel')
               AND NOT EXISTS (SELECT 1 FROM outbound_message o
                               WHERE o.case_id = c.id AND o.kind <> 'reply' AND o.status IN ('sent', 'delivered', 'dev-outbox'))) AS CancellationsWithoutConfirmation,
            (SELECT count(*) FROM outbound_message WHERE status IN ('failed', 'undelivered')) AS FailedReplies,
            (SELECT count(*) FROM raw_payload WHERE status = 'received') AS RawLeftReceived,
            (SELECT count(*) FROM raw_payload r WHERE r.status = 'received'
             AND NOT EXISTS (SELECT 1 FROM inbound_message m WHERE m.provider_message_id = r.provider_id)) AS RawLeftUnaccounted,
            (SELECT count(*) FROM hangfire.job WHERE statename IN ('Enqueued', 'Processing')) AS HangfireUnfinishedJobs,
            (SELECT count(*) FROM outbound_message WHERE channel IN ('sms', 'whatsapp') AND status IN ('sent', 'delivered')) AS TwilioRowsSent,
            (SELECT count(*) FROM outbound_message WHERE channel = 'x' AND status IN ('sent', 'delivered')) AS XRowsSent,
            (SELECT count(*) FROM outbound_message WHERE channel = 'email' AND status IN ('sent', 'delivered')) AS EmailRowsSent
        """;

    public static async Task<Figures> RunAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleAsync<Figures>(new CommandDefinition(Sql, cancellationToken: cancellationToken));
    }

    /// <summary>What the queries found.</summary>
    internal sealed record Figures(
        long CancellationsWithoutConfirmation, long FailedReplies, long RawLeftReceived, long RawLeftUnaccounted, long HangfireUnfinishedJobs,
        long TwilioRowsSent, long XRowsSent, long EmailRowsSent);
}
