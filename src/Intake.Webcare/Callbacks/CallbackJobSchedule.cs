using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Intake.Webcare.Callbacks;

/// <summary>Registers the callback overdue job as a Hangfire recurring job when the host starts.</summary>
internal sealed class CallbackJobSchedule(IRecurringJobManager recurring, IOptions<WebcareOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<CallbackOverdueJob>(CallbackOverdueJob.RecurringId, job => job.RunAsync(CancellationToken.None), options.Value.CallbackCheckCron);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
