using Intake.Core.Privacy;

namespace Intake.Storage.Postgres.Privacy;

/// <summary>Registers erasure, export and retention on PostgreSQL; the host registers the NpgsqlDataSource.</summary>
public static class PrivacyStorageServiceCollectionExtensions
{
    public static IServiceCollection AddPostgresPrivacy(this IServiceCollection services)
    {
        services.AddSingleton<IPersonalDataErasure, PostgresPersonalDataErasure>();
        services.AddSingleton<IPersonalDataExport, PostgresPersonalDataExport>();
        services.AddSingleton<PostgresRetentionPurge>();
        return services;
    }
}
