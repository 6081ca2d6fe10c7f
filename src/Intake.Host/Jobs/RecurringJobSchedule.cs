using System.Linq.Expressions;
using Hangfire;

namespace Intake.Host.Jobs;

/// <summary>Puts every registered <see cref="RecurringJobRegistration"/> on Hangfire's recurring schedule when the host starts.</summary>
internal sealed class RecurringJobSchedule(IEnumerable<RecurringJobRegistration> registrations, IRecurringJobManager hangfire, IServiceProvider services)
    : IHostedService, IRecurringJobs
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var job in registrations) job.ApplyTo(this, services);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void AddOrUpdate<TJob>(string id, Expression<Func<TJob, Task>> run, string cron) => hangfire.AddOrUpdate(id, run, cron);

    public void Remove(string id) => hangfire.RemoveIfExists(id);
}
