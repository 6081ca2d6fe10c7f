namespace Intake.Host.Jobs;

/// <summary>Registers the one hosted service that schedules every project's recurring jobs (see Core's <c>AddRecurringJob</c>).</summary>
internal static class RecurringJobsExtensions
{
    public static IHostApplicationBuilder AddRecurringJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHostedService<RecurringJobSchedule>();
        return builder;
    }
}
