namespace Intake.Core.Jobs;

/// <summary>
/// A job the host keeps on a recurring schedule: added or updated under its id when the host starts, or removed when
/// its cron answers null (the job is switched off in the settings).
/// </summary>
public sealed record RecurringJobRegistration(string Id, Func<IServiceProvider, string?> Cron, Action<IRecurringJobs, string> AddTo)
{
    public void ApplyTo(IRecurringJobs jobs, IServiceProvider services)
    {
        if (Cron(services) is { } cron) AddTo(jobs, cron);
        else jobs.Remove(Id);
    }
}
