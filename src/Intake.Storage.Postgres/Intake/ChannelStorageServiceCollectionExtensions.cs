using Intake.Core.Cases;
using Intake.Core.Email;
using Intake.Core.X;
using Intake.Storage.Postgres.Cases;
using Intake.Storage.Postgres.Email;
using Intake.Storage.Postgres.X;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Storage.Postgres.Intake;

/// <summary>Registers the PostgreSQL stores behind the channels' ports: checkpoints, email threads, reply ledgers, the case journal.</summary>
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
        return services;
    }
}
