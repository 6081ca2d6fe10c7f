using System.Linq.Expressions;

namespace Intake.Core.Jobs;

/// <summary>The host's schedule of recurring jobs (Hangfire), so that projects describe their jobs without Hangfire in Core.</summary>
public interface IRecurringJobs
{
    void AddOrUpdate<TJob>(string id, Expression<Func<TJob, Task>> run, string cron);

    void Remove(string id);
}
