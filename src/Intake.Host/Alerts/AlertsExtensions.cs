using Intake.Core.Alerts;
using Intake.Storage.Postgres.Alerts;

namespace Intake.Host.Alerts;

/// <summary>Registers operational alerts (ops.* events on the event outbox) and their recurring check.</summary>
internal static class AlertsExtensions
{
    public static IHostApplicationBuilder AddIntakeAlerts(this IHostApplicationBuilder builder)
    {
        var services = builder.AddSettings<AlertsOptions>("Intake:Alerts");
        services.AddSingleton<IOpsAlertStore, PostgresOpsAlertStore>();
        services.AddSingleton<OpsAlerts>();
        services.AddTransient<OpsAlertJob>();
        // Disabled alerts take the check off the schedule.
        services.AddRecurringJob<OpsAlertJob>(OpsAlertJob.RecurringId, job => job.RunAsync(CancellationToken.None),
            sp => sp.GetRequiredService<AlertsOptions>() is { Enabled: true } options ? options.Schedule : null);
        return builder;
    }
}
