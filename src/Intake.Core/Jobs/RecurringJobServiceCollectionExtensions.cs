using System.Linq.Expressions;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Core.Jobs;

/// <summary>The one way a project registers a recurring job; the host puts every registration on its schedule at start.</summary>
public static class RecurringJobServiceCollectionExtensions
{
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string id,
        Expression<Func<TJob, Task>> run, Func<IServiceProvider, string?> cron) =>
        services.AddSingleton(new RecurringJobRegistration(id, cron, (jobs, schedule) => jobs.AddOrUpdate(id, run, schedule)));
}
