using Hangfire;
using Intake.Core.Outbox;

namespace Intake.Host.Outbox;

/// <summary>
/// The Hangfire job that sends committed outbox rows: it claims batches until none is due. It takes no
/// arguments but the token, so a re-run or a duplicate enqueue sends nothing twice.
/// </summary>
public sealed class DispatchOutboxJob(OutboxDispatcher dispatcher, OutboxWakeup wakeup)
{
    // The outbox row carries its own retries; a failed job is simply enqueued again by the next wake-up.
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await dispatcher.DispatchAsync(cancellationToken);
        }
        finally
        {
            wakeup.JobFinished();
        }
    }
}
