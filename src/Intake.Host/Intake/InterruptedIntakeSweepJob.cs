using Hangfire;

namespace Intake.Host.Intake;

/// <summary>
/// Every five minutes: raw payloads stored but neither accepted nor quarantined (their request was cut off) are taken
/// in, so a message whose provider does not deliver it again is not left unseen.
/// </summary>
public sealed class InterruptedIntakeSweepJob(QuarantineReplayer replayer, PipelineOptions options, TimeProvider time, ILogger<InterruptedIntakeSweepJob> logger)
{
    public const string RecurringId = "interrupted-intake-sweep";
    private const int BatchSize = 500;

    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var (accepted, quarantined) = await replayer.TakeInInterruptedAsync(time.GetUtcNow(), options.InterruptedAfter, BatchSize, cancellationToken);
        if (accepted + quarantined > 0)
            logger.LogWarning("Took in {Accepted} interrupted raw payload(s); {Quarantined} went to quarantine", accepted, quarantined);
        return accepted;
    }

    public static void Schedule(IServiceProvider services) =>
        services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<InterruptedIntakeSweepJob>(RecurringId, job => job.RunAsync(CancellationToken.None), "*/5 * * * *");
}
