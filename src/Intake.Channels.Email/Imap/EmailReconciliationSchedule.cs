using System.Globalization;
using Hangfire;
using Intake.Channels.Email.Configuration;
using Microsoft.Extensions.Hosting;

namespace Intake.Channels.Email.Imap;

/// <summary>Registers the recurring reconciliation job of every mailbox at start.</summary>
internal sealed class EmailReconciliationSchedule(EmailOptions options, IRecurringJobManager jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var mailbox in options.Enabled)
        {
            var name = mailbox.Name;
            jobs.AddOrUpdate<EmailReconciliationJob>(string.Create(CultureInfo.InvariantCulture, $"email-reconcile-{name}"),
                job => job.RunAsync(name, CancellationToken.None), options.ReconcileCron);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
