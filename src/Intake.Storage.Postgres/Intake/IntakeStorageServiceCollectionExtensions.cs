using Intake.Core.Cases;
using Intake.Core.Letters;
using Intake.Core.OtherMessages;
using Intake.Storage.Postgres.Cases;
using Intake.Storage.Postgres.Letters;
using Intake.Storage.Postgres.OtherMessages;
using Intake.Storage.Postgres.Outbox;

namespace Intake.Storage.Postgres.Intake;

/// <summary>Registers the PostgreSQL stores of the intake path; the host registers the NpgsqlDataSource.</summary>
public static class IntakeStorageServiceCollectionExtensions
{
    public static IServiceCollection AddPostgresIntakeStorage(this IServiceCollection services)
    {
        services.AddSingleton<IIntakeStore, PostgresIntakeStore>();
        services.AddSingleton<IRawPayloadStore, PostgresRawPayloadStore>();
        services.AddSingleton<ICaseQueries, PostgresCaseQueries>();
        services.AddSingleton<ICaseMails, PostgresCaseMails>();
        services.AddSingleton<ICaseAssignments, PostgresCaseAssignments>();
        services.AddSingleton<IOutboxStore, PostgresOutboxStore>();
        services.AddSingleton<IDeliveryStatusStore, PostgresDeliveryStatusStore>();
        services.AddSingleton<IOtherMessageQueue, PostgresOtherMessageQueue>();
        services.AddSingleton<IOtherMessageReviews, PostgresOtherMessageReviews>();
        services.AddSingleton<PostgresPrintQueue>();
        services.AddSingleton<ILetterTray>(sp => sp.GetRequiredService<PostgresPrintQueue>());
        services.AddSingleton<IPrintQueue>(sp => sp.GetRequiredService<PostgresPrintQueue>());
        return services;
    }
}
