using Hangfire;
using Intake.Core.Alerts;

namespace Intake.Host.Alerts;

/// <summary>The recurring alert check; any host may run it, the alert keys keep it from raising one twice.</summary>
public sealed class OpsAlertJob(OpsAlerts alerts)
{
    public const string RecurringId = "ops-alerts";

    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public Task<int> RunAsync(CancellationToken cancellationToken) => alerts.CheckAsync(cancellationToken);
}
