using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Intake.Host.Database;

namespace Intake.Host.Outbox;

/// <summary>Registers Hangfire on PostgreSQL and the outbox dispatch that runs on it.</summary>
internal static class OutboxDispatchExtensions
{
    public static IHostApplicationBuilder AddOutboxDispatch(this IHostApplicationBuilder builder, bool runServer = true)
    {
        var services = builder.AddSettings<OutboxOptions>("Intake:Outbox");
        services.AddSingleton<OutboxDispatcher>();
        services.AddTransient<DispatchOutboxJob>();
        services.AddTransient<Intake.InterruptedIntakeSweepJob>();
        // The storage is this host's own service, not Hangfire's static JobStorage.Current: the job client,
        // the server and the dashboard all take it from the container.
        services.AddSingleton<JobStorage>(sp =>
        {
            var options = new PostgreSqlStorageOptions
            {
                SchemaName = "hangfire",
                PrepareSchemaIfNecessary = true,
                EnableLongPolling = true,
                UseSlidingInvisibilityTimeout = true,
                InvisibilityTimeout = TimeSpan.FromMinutes(5),
                QueuePollInterval = TimeSpan.FromSeconds(5),
            };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(sp.GetRequiredService<IntakeConnectionString>().Value, options), options);
        });
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        if (!runServer) return builder;

        services.AddHangfireServer(o =>
        {
            o.WorkerCount = builder.Configuration.GetValue("Intake:Hangfire:WorkerCount", Math.Max(4, Environment.ProcessorCount * 2));
            o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
        });
        services.AddSingleton<OutboxWakeup>();
        services.AddSingleton<IIntakeSignal>(sp => sp.GetRequiredService<OutboxWakeup>());
        services.AddHostedService(sp => sp.GetRequiredService<OutboxWakeup>());
        return builder;
    }

    /// <summary>
    /// A sweep every minute, in case every host's poll was down when a retry fell due; and every five minutes the
    /// intakes whose request was cut off after the raw payload was stored.
    /// </summary>
    public static WebApplication UseOutboxSweep(this WebApplication app)
    {
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<DispatchOutboxJob>("outbox-sweep", job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        Intake.InterruptedIntakeSweepJob.Schedule(app.Services);
        return app;
    }
}
