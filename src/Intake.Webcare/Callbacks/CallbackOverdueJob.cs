using Intake.Core.Console;
using Microsoft.Extensions.Logging;

namespace Intake.Webcare.Callbacks;

/// <summary>Hangfire job: marks callback promises past their due time as escalated, once, and says so in each case's timeline.</summary>
public sealed class CallbackOverdueJob(IStaffCallbacks callbacks, ILogger<CallbackOverdueJob> logger)
{
    public const string RecurringId = "webcare-callbacks-overdue";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var escalated = await callbacks.EscalateOverdueAsync(cancellationToken);
        // The console shows them red to their owner and lists them for supervisors; the log tells operations.
        if (escalated.Count > 0)
            logger.LogWarning("{Count} callback promise(s) overdue and escalated: {PromiseIds}", escalated.Count, string.Join(",", escalated));
        return escalated.Count;
    }
}
