using Hangfire;
using Intake.Core.Events;
using Intake.Core.Outbox;

namespace Intake.Host.Outbox;

/// <summary>
/// The Hangfire job that sends committed outbox rows (replies, then events to billing): it claims batches until none is due. It takes no
/// arguments but the token, so a re-run or a duplicate enqueue sends nothing twice.
/// </summary>
public sealed class DispatchOutboxJob(OutboxDispatcher dispatcher, WebhookDispatcher events, OutboxOptions options, OutboxWakeup wakeup)
{
    // The outbox row carries its own retries; a failed job is simply enqueued again by the next wake-up.
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Replies to customers first; events to billing share the job's time budget.
            var replies = await dispatcher.DispatchAsync(cancellationToken);
            return replies + await events.DispatchAsync(options.JobTimeBudget, cancellationToken);
        }
        finally
        {
            wakeup.JobFinished();
        }
    }
}
