using Hangfire;

namespace Intake.Host.Outbox;

/// <summary>
/// The Hangfire job that sends committed outbox rows (replies, then events to billing). It takes no arguments but the
/// token, so a re-run or a duplicate enqueue sends nothing twice. Under load one job serves many intakes: after a pass
/// it stays for <see cref="OutboxOptions.IdleLinger"/>, woken at once by this host's commits and every poll interval
/// for other hosts' rows and due retries, until nothing came for that long or its time budget is spent. Woken by a commit,
/// it gathers the rows of <see cref="OutboxOptions.GatherFor"/> before it claims them.
/// </summary>
public sealed class DispatchOutboxJob(OutboxDispatcher dispatcher, WebhookDispatcher events, OutboxOptions options, OutboxWakeup wakeup, TimeProvider time)
{
    // The outbox row carries its own retries; a failed job is simply enqueued again by the next wake-up.
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var lastWork = started;
        var done = 0;
        wakeup.JobStarted();
        try
        {
            while (true)
            {
                wakeup.TakeRows();
                // Replies to customers first; events to billing share the job's time budget.
                var passed = await dispatcher.DispatchAsync(cancellationToken) + await events.DispatchAsync(options.JobTimeBudget, cancellationToken);
                done += passed;
                if (passed > 0) lastWork = time.GetTimestamp();
                if (time.GetElapsedTime(started) >= options.JobTimeBudget || time.GetElapsedTime(lastWork) >= options.IdleLinger) return done;
                if (await wakeup.WaitForRowsAsync(options.PollInterval, cancellationToken) && options.GatherFor > TimeSpan.Zero)
                    await Task.Delay(options.GatherFor, time, cancellationToken);
            }
        }
        finally
        {
            wakeup.JobFinished();
        }
    }
}
