using Intake.Core.Callbacks;
using Intake.Core.Cases;
using Intake.Core.Console;
using Intake.Core.Contacts;
using Intake.Core.Email;
using Intake.Core.Letters;
using Intake.Core.OtherMessages;
using Intake.Core.Voice;
using Intake.Core.X;
using Intake.Storage.Postgres.Callbacks;
using Intake.Storage.Postgres.Cases;
using Intake.Storage.Postgres.Console;
using Intake.Storage.Postgres.Contacts;
using Intake.Storage.Postgres.Email;
using Intake.Storage.Postgres.Intake;
using Intake.Storage.Postgres.Letters;
using Intake.Storage.Postgres.OtherMessages;
using Intake.Storage.Postgres.Outbox;
using Intake.Storage.Postgres.Voice;
using Intake.Storage.Postgres.X;

namespace Intake.Storage.Postgres;

/// <summary>Registers the PostgreSQL stores behind Core's ports, one list for the host and every test rig; the host registers the NpgsqlDataSource.</summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddPostgresStorage(this IServiceCollection services)
    {
        // The intake path: raw payloads, messages and cases, the outbox, other messages, letters.
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

        // The channels: checkpoints, email threads, reply ledgers, the case journal, SMS opt-outs, contact history,
        // IVR calls, callback promises and their escalation, and the fallback for refused replies.
        services.AddSingleton<ICaseJournal, PostgresCaseJournal>();
        services.AddSingleton<IMailboxCheckpoints, PostgresMailboxCheckpoints>();
        services.AddSingleton<IEmailThreads, PostgresEmailThreads>();
        services.AddSingleton<ISentMailLedger, PostgresSentMail>();
        services.AddSingleton<IXCheckpoints, PostgresXCheckpoints>();
        services.AddSingleton<IXReplyLedger, PostgresXReplyLedger>();
        services.AddSingleton<ISmsOptOuts, PostgresSmsOptOuts>();
        services.AddSingleton<IContactHistory, PostgresContactHistory>();
        services.AddSingleton<ICallRecords, PostgresCallRecords>();
        services.AddSingleton<ICallbackPromises, PostgresCallbackPromises>();
        services.AddSingleton<ICallbackEscalation, PostgresCallbackEscalation>();
        services.AddSingleton<IReplyFallback, PostgresReplyFallback>();

        // The staff console: queues, case files and changes, callbacks, staff accounts, reports.
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
