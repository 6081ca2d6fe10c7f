using Intake.Core.Callbacks;
using Intake.Core.Cases;
using Intake.Core.Contacts;
using Intake.Core.Email;
using Intake.Core.Voice;
using Intake.Core.X;
using Intake.Storage.Postgres.Callbacks;
using Intake.Storage.Postgres.Cases;
using Intake.Storage.Postgres.Contacts;
using Intake.Storage.Postgres.Email;
using Intake.Storage.Postgres.Outbox;
using Intake.Storage.Postgres.Voice;
using Intake.Storage.Postgres.X;

namespace Intake.Storage.Postgres.Intake;

/// <summary>
/// Registers the PostgreSQL stores behind the channels' ports: checkpoints, email threads, reply ledgers, the case journal,
/// SMS opt-outs, contact history, IVR calls, callback promises and their escalation, and the fallback for refused replies.
/// </summary>
public static class ChannelStorageServiceCollectionExtensions
{
    public static IServiceCollection AddPostgresChannelStorage(this IServiceCollection services)
    {
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
        return services;
    }
}
