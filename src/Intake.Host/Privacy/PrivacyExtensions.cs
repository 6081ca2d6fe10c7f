
namespace Intake.Host.Privacy;

/// <summary>Registers personal data over time: erasure and export (API and commands) and the retention job.</summary>
internal static class PrivacyExtensions
{
    public static IHostApplicationBuilder AddIntakePrivacy(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<PrivacyOptions>().Bind(builder.Configuration.GetSection("Intake:Privacy"))
            .Validate(o => o.RetentionMonths >= 1, "Intake:Privacy:RetentionMonths must be at least 1.")
            .Validate(o => o.RetentionBatchSize >= 1, "Intake:Privacy:RetentionBatchSize must be at least 1.")
            .ValidateOnStart();
        services.AddPostgresPrivacy();
        services.AddTransient<RetentionJob>();
        services.AddRecurringJob<RetentionJob>(RetentionJob.RecurringId, job => job.RunAsync(CancellationToken.None),
            sp => sp.GetRequiredService<IOptions<PrivacyOptions>>().Value.RetentionCron);
        return builder;
    }
}
