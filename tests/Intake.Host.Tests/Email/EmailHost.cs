using Intake.Testing;
using Intake.Testing.Email;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using MimeKit;

namespace Intake.Host.Tests.Email;

/// <summary>The real host with its email channel pointed at a private Dovecot (mailbox "opzeggen") and smtp-sink.</summary>
internal sealed class EmailHost : IAsyncDisposable
{
    public const string Mailbox = "opzeggen";

    private EmailHost(DovecotServer imap, SmtpSink smtp, IntakeHostFactory factory, WebApplicationFactory<Program> host)
    {
        Imap = imap;
        Smtp = smtp;
        Factory = factory;
        Host = host;
    }

    public DovecotServer Imap { get; }
    public SmtpSink Smtp { get; }
    public IntakeHostFactory Factory { get; }
    public WebApplicationFactory<Program> Host { get; }
    public TestDatabase Database => Factory.Database;

    public static async Task<EmailHost> StartAsync(IReadOnlyDictionary<string, string?>? hostSettings = null)
    {
        var imap = await DovecotServer.StartAsync([Mailbox, "klant"]);
        var smtp = await SmtpSink.StartAsync();
        var factory = new IntakeHostFactory(await PostgresServer.CreateDatabaseAsync(migrate: false), hostSettings);
        var settings = new Dictionary<string, string>
        {
            ["Name"] = Mailbox, ["ImapHost"] = imap.Host, ["ImapPort"] = imap.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ImapSecurity"] = "None", ["Username"] = Mailbox, ["Password"] = imap.Password, ["ProcessedFolder"] = "Verwerkt",
            ["SmtpHost"] = smtp.Host, ["SmtpPort"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["SmtpSecurity"] = "None", ["From"] = "Klantenservice <opzeggen@example.nl>",
        };
        var host = factory.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings) builder.UseSetting($"Intake:Email:Mailboxes:0:{key}", value);
        });
        _ = host.Server;
        return new EmailHost(imap, smtp, factory, host);
    }

    public HttpClient ApiClient()
    {
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", IntakeHostFactory.ApiKey);
        return client;
    }

    /// <summary>An IMAP connection as the customer's mail server would deliver through: APPEND to the intake mailbox.</summary>
    public async Task<ImapClient> DeliveryClientAsync()
    {
        var client = new ImapClient();
        await client.ConnectAsync(Imap.Host, Imap.Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(Mailbox, Imap.Password);
        return client;
    }

    public async Task AppendAsync(MimeMessage message)
    {
        using var client = await DeliveryClientAsync();
        await client.Inbox.AppendAsync(message, MailKit.MessageFlags.None);
        await client.DisconnectAsync(true);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Factory.DisposeAsync();
        await Imap.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
