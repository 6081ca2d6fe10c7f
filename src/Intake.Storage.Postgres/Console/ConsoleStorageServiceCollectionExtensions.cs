using Intake.Core.Console;

namespace Intake.Storage.Postgres.Console;

/// <summary>Registers the PostgreSQL stores behind the staff console's ports: queues, case files and changes, callbacks, staff accounts, reports.</summary>
public static class ConsoleStorageServiceCollectionExtensions
{
    public static IServiceCollection AddPostgresConsoleStorage(this IServiceCollection services)
    {
        services.AddSingleton<IStaffUsers, PostgresStaffUsers>();
        services.AddSingleton<IStaffLifecycle, PostgresStaffLifecycle>();
        services.AddSingleton<IConsoleQueues, PostgresConsoleQueues>();
        services.AddSingleton<ICaseFiles, PostgresCaseFiles>();
        services.AddSingleton<ICaseChanges, PostgresCaseChanges>();
        services.AddSingleton<ICaseReplies, PostgresCaseReplies>();
        services.AddSingleton<ICaseAnnotations, PostgresCaseAnnotations>();
        services.AddSingleton<IStaffCallbacks, PostgresStaffCallbacks>();
        services.AddSingleton<IReasonsReport, PostgresReasonsReport>();
        services.AddSingleton<ISuppressionList, PostgresSuppressionList>();
        services.AddSingleton<IConsoleStatus, PostgresConsoleStatus>();
        return services;
    }
}
