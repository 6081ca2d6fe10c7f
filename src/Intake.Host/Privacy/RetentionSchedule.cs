using Hangfire;
using Intake.Core.Privacy;
using Microsoft.Extensions.Options;

namespace Intake.Host.Privacy;

/// <summary>Registers the retention job as a Hangfire recurring job when the host starts.</summary>
internal sealed class RetentionSchedule(IRecurringJobManager recurring, IOptions<PrivacyOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<RetentionJob>(RetentionJob.RecurringId, job => job.RunAsync(CancellationToken.None), options.Value.RetentionCron);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
