using Hangfire;
using Intake.Core.Alerts;
using Intake.Storage.Postgres.Alerts;
using Microsoft.Extensions.Options;

namespace Intake.Host.Alerts;

/// <summary>Registers operational alerts (ops.* events on the event outbox) and their recurring check.</summary>
internal static class AlertsExtensions
{
    public static IHostApplicationBuilder AddIntakeAlerts(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<AlertsOptions>(builder.Configuration.GetSection("Intake:Alerts"));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<AlertsOptions>>().Value);
        services.AddSingleton<IOpsAlertStore, PostgresOpsAlertStore>();
        services.AddSingleton<OpsAlerts>();
        services.AddTransient<OpsAlertJob>();
        services.AddHostedService<AlertsSchedule>();
        return builder;
    }

    /// <summary>Puts the check on its schedule, or takes it off when alerts are disabled.</summary>
    private sealed class AlertsSchedule(AlertsOptions options, IRecurringJobManager jobs) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (options.Enabled) jobs.AddOrUpdate<OpsAlertJob>(OpsAlertJob.RecurringId, job => job.RunAsync(CancellationToken.None), options.Schedule);
            else jobs.RemoveIfExists(OpsAlertJob.RecurringId);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
