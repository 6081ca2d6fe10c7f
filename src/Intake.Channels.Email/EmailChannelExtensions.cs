using Intake.Channels.Email.Auth;
using Intake.Channels.Email.Configuration;
using Intake.Channels.Email.Imap;
using Intake.Channels.Email.Inbound;
using Intake.Channels.Email.Outbound;
using Intake.Core.Alerts;
using Intake.Core.Configuration;
using Intake.Core.Jobs;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intake.Channels.Email;

/// <summary>Registers the email channel: IMAP listeners per mailbox, the SMTP reply sender and the raw payload reader for email.</summary>
public static class EmailChannelExtensions
{
    /// <summary>Without configured credentials the channel stays off and its replies go to the dev outbox.</summary>
    public static IHostApplicationBuilder AddEmailChannel(this IHostApplicationBuilder builder)
    {
        builder.Services.AddEmailServices(ReadOptions(builder.Configuration));
        return builder;
    }

    /// <summary>The channel's services over the host's (gateway, the stores behind its ports, heartbeats, Hangfire); tests call it directly.</summary>
    internal static IServiceCollection AddEmailServices(this IServiceCollection services, EmailOptions options)
    {
        services.AddSingleton(options);
        // Replays of stored mail work whether or not a mailbox is configured on this host.
        services.AddEmailPayloadReader(options);

        var reading = options.Enabled.ToList();
        var sending = options.Mailboxes.Any(m => m.CanSend);
        if (reading.Count == 0 && !sending) return services;

        services.AddHttpClient<OAuthTokenSource>().AddStandardResilienceHandler();
        services.AddSingleton<MailAuthenticator>();
        if (sending)
        {
            services.AddSingleton<SmtpSessions>();
            services.AddSingleton<IReplySender, SmtpReplySender>();
            services.AddSingleton<IAlertMailSender, SmtpAlertMailSender>();
        }
        if (reading.Count == 0) return services;

        services.AddSingleton<ImapConnector>();
        services.AddSingleton<EmailIntake>();
        services.AddSingleton<MailboxSynchroniser>();
        services.AddTransient<EmailReconciliationJob>();
        foreach (var mailbox in reading)
            services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<ImapMailboxListener>(sp, mailbox));
        foreach (var name in reading.Select(m => m.Name))
            services.AddRecurringJob<EmailReconciliationJob>(EmailReconciliationJob.RecurringId(name),
                job => job.RunAsync(name, CancellationToken.None), _ => options.ReconcileCron);
        return services;
    }

    /// <summary>What the replay command needs to read stored mail again (the host's own addresses keep noise out).</summary>
    public static IServiceCollection AddEmailPayloadReader(this IServiceCollection services, IConfiguration configuration) =>
        services.AddEmailPayloadReader(ReadOptions(configuration));

    private static IServiceCollection AddEmailPayloadReader(this IServiceCollection services, EmailOptions options)
    {
        // Both the channel and the replay command ask for the reader: register it once.
        services.TryAddSingleton(_ => new OwnAddresses(options.Mailboxes.Select(m => m.From)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRawPayloadReader, EmailRawPayloadReader>());
        return services;
    }

    /// <summary>channel-config/email.json holds the non-secret defaults; Intake:Email (appsettings, environment) overrides them.</summary>
    internal static EmailOptions ReadOptions(IConfiguration configuration)
    {
        var options = new EmailOptions();
        var defaults = Path.Combine(ChannelConfigDirectory.Find(configuration["Intake:ChannelConfigPath"]), "email.json");
        if (File.Exists(defaults))
            new ConfigurationBuilder().AddJsonFile(defaults, optional: true, reloadOnChange: false).Build().Bind(options);
        configuration.GetSection("Intake:Email").Bind(options);
        return options;
    }
}
