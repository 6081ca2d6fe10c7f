using Intake.Channels.Email.Configuration;
using Intake.Channels.Email.Imap;
using Intake.Channels.Email.Inbound;
using Intake.Core.Observability;
using Intake.Core.Outbox;
using Intake.Core.Pipeline;
using Intake.Storage.Postgres;
using Intake.Testing;
using Intake.Testing.Email;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace Intake.Channels.Email.Tests;

/// <summary>A real Dovecot, a real smtp-sink and the real intake path on a fresh database, wired with the channel's own registration.</summary>
internal sealed class EmailRig : IAsyncDisposable
{
    public const string Intake = "opzeggen";
    public const string Service = "service";

    private EmailRig(DovecotServer imap, SmtpSink smtp, IntakeHarness harness, ServiceProvider services, EmailOptions options)
    {
        Imap = imap;
        Smtp = smtp;
        Harness = harness;
        Services = services;
        Options = options;
    }

    public DovecotServer Imap { get; }
    public SmtpSink Smtp { get; }
    public IntakeHarness Harness { get; }
    public ServiceProvider Services { get; }
    public EmailOptions Options { get; }
    public TestDatabase Database => Harness.Database;

    public static async Task<EmailRig> StartAsync(SmtpSink? smtp = null, Action<EmailOptions>? configure = null, DovecotServer? imap = null)
    {
        imap ??= await DovecotServer.StartAsync([Intake, Service, "klant"]);
        smtp ??= await SmtpSink.StartAsync();
        var options = new EmailOptions
        {
            FirstReconnectDelay = TimeSpan.FromMilliseconds(200),
            CommandTimeout = TimeSpan.FromSeconds(20),
            Mailboxes = [Mailbox(imap, smtp, Intake), Mailbox(imap, smtp, Service)],
        };
        configure?.Invoke(options);
        var harness = await IntakeHarness.CreateAsync(TimeProvider.System);
        var services = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(TimeProvider.System)
            .AddMetrics()
            .AddSingleton<IntakeMetrics>()
            .AddSingleton(harness.Database.DataSource)
            .AddPostgresStorage()
            .AddSingleton<IRawPayloadStore>(harness.RawPayloads)
            .AddSingleton(_ => harness.Gateway)
            .AddSingleton<ChannelHeartbeats>()
            .AddEmailServices(options)
            .BuildServiceProvider();
        return new EmailRig(imap, smtp, harness, services, options);
    }

    public static MailboxOptions Mailbox(DovecotServer imap, SmtpSink smtp, string user) => new()
    {
        Name = user, ImapHost = imap.Host, ImapPort = imap.Port, ImapSecurity = SecureSocketOptions.None,
        Username = user, Password = imap.Password, ProcessedFolder = "Verwerkt",
        SmtpHost = smtp.Host, SmtpPort = smtp.Port, SmtpSecurity = SecureSocketOptions.None,
        From = $"Klantenservice <{user}@example.nl>",
    };

    public MailboxOptions MailboxNamed(string name) => Options.Mailboxes.Single(m => m.Name == name);

    /// <summary>A listener of one mailbox, as the host would start it.</summary>
    public IHostedService Listener(string mailbox = Intake) => ActivatorUtilities.CreateInstance<ImapMailboxListener>(Services, MailboxNamed(mailbox));

    /// <summary>The outbox rows, for assertion messages that say what happened.</summary>
    public async Task<string> OutboxAsync() => string.Join("; ",
        await Database.QueryAsync<string>("SELECT kind || ' ' || status || ' ' || coalesce(provider_id, '-') || ' ' || coalesce(last_error, '') FROM outbound_message ORDER BY id"));

    public IReplySender Sender => Services.GetRequiredService<IReplySender>();

    public OutboxDispatcher Dispatcher => new(Harness.Outbox, [Sender], Harness.OutboxOptions, Services.GetRequiredService<IntakeMetrics>(), TimeProvider.System,
        Services.GetRequiredService<ILogger<OutboxDispatcher>>());

    public EmailReconciliationJob ReconciliationJob => ActivatorUtilities.CreateInstance<EmailReconciliationJob>(Services);

    /// <summary>Puts a mail in a user's folder as a mail server's delivery would; returns its UID.</summary>
    public async Task<uint> AppendAsync(string user, byte[] raw, string folder = "INBOX")
    {
        using var client = new ImapClient();
        await client.ConnectAsync(Imap.Host, Imap.Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(user, Imap.Password);
        var target = folder == "INBOX" ? client.Inbox : await client.GetFolderAsync(folder);
        using var message = MimeMessage.Load(new MemoryStream(raw));
        var uid = await target.AppendAsync(message, MessageFlags.None);
        await client.DisconnectAsync(true);
        return uid?.Id ?? 0;
    }

    public Task<uint> AppendAsync(string user, MimeMessage message) => AppendAsync(user, Mails.Bytes(message));

    /// <summary>How many mails are in a user's folder now.</summary>
    public async Task<int> CountAsync(string user, string folder)
    {
        using var client = new ImapClient();
        await client.ConnectAsync(Imap.Host, Imap.Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(user, Imap.Password);
        IMailFolder target;
        try
        {
            target = folder == "INBOX" ? client.Inbox : await client.GetFolderAsync(folder);
        }
        catch (FolderNotFoundException)
        {
            return 0;
        }
        await target.OpenAsync(FolderAccess.ReadOnly);
        var count = target.Count;
        await client.DisconnectAsync(true);
        return count;
    }

    /// <summary>Runs the reconciliation of one mailbox (as the Hangfire job does) and then the outbox, once.</summary>
    public async Task ReconcileAndDispatchAsync(string mailbox = Intake)
    {
        await ReconciliationJob.RunAsync(mailbox, CancellationToken.None);
        await Dispatcher.DispatchAsync(CancellationToken.None);
    }

    public async Task<T> WaitForAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var value = await probe();
            if (done(value) || DateTime.UtcNow > deadline) return value;
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Imap.DisposeAsync();
        await Smtp.DisposeAsync();
        await Harness.Database.DisposeAsync();
    }
}
