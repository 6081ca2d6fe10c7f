using Microsoft.Extensions.Logging;

namespace Intake.Core.Callbacks;

/// <summary>Recurring job: escalates overdue callback promises, staff's and the IVR's alike. Idempotent: a promise escalates once.</summary>
public sealed class CallbackEscalationJob(ICallbackEscalation escalation, TimeProvider time, ILogger<CallbackEscalationJob> logger)
{
    // The id the console's overdue job had, so a running schedule is replaced instead of left behind with a type that is gone.
    public const string RecurringId = "webcare-callbacks-overdue";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var escalated = await escalation.EscalateOverdueAsync(time.GetUtcNow(), cancellationToken);
        // The console shows them red to their owner and lists them for supervisors; the log tells operations.
        if (escalated.Count > 0)
            logger.LogWarning("{Count} callback promise(s) overdue and escalated: {PromiseIds}", escalated.Count, string.Join(",", escalated));
        return escalated.Count;
    }
}
