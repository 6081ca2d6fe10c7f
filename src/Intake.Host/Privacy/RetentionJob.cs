
namespace Intake.Host.Privacy;

/// <summary>Hangfire job: purges, batch by batch, the texts and raw payloads whose retention period is over.</summary>
public sealed class RetentionJob(PostgresRetentionPurge purge, IOptions<PrivacyOptions> options, TimeProvider time, ILogger<RetentionJob> logger)
{
    public const string RecurringId = "privacy-retention";

    public async Task<RetentionCounts> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cutoff = now.AddMonths(-options.Value.RetentionMonths);
        var batchSize = Math.Max(1, options.Value.RetentionBatchSize);
        var total = RetentionCounts.None;
        // Every batch marks what it purged, so this ends once nothing due is left.
        while (await purge.PurgeBatchAsync(cutoff, batchSize, now, cancellationToken) is var batch && batch != RetentionCounts.None)
            total = total.Add(batch);
        if (total != RetentionCounts.None)
            logger.LogInformation("Retention purged {Cases} closed case(s), {Messages} message(s), {RawPayloads} raw payload(s), {OutboundMessages} reply text(s)",
                total.Cases, total.Messages, total.RawPayloads, total.OutboundMessages);
        return total;
    }
}
