using System.Globalization;
using Intake.Benchmarks;
using Intake.Benchmarks.Faults;
using Intake.Testing;
using Intake.Testing.Email;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace Intake.Faults.Tests;

/// <summary>The IMAP connection is dropped while the listener sits in IDLE, and mail keeps arriving meanwhile.</summary>
public sealed class ImapDropTests
{
    private const string Mailbox = "opzeggen";

    [Fact]
    public async Task Mail_that_arrives_while_the_imap_connection_is_down_is_taken_in_after_the_reconnect()
    {
        await using var imap = await DovecotServer.StartAsync([Mailbox]);
        await using var smtp = await SmtpSink.StartAsync();
        await using var database = await PostgresServer.CreateDatabaseAsync(migrate: false);
        var settings = ProviderSettings.Outbox();
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["Name"] = Mailbox, ["ImapHost"] = imap.Host, ["ImapPort"] = imap.Port.ToString(CultureInfo.InvariantCulture), ["ImapSecurity"] = "None",
            ["Username"] = Mailbox, ["Password"] = imap.Password, ["ProcessedFolder"] = "Verwerkt",
            ["SmtpHost"] = smtp.Host, ["SmtpPort"] = smtp.Port.ToString(CultureInfo.InvariantCulture), ["SmtpSecurity"] = "None",
            ["From"] = "Klantenservice <opzeggen@example.nl>",
        })
            settings[$"Intake__Email__Mailboxes__0__{key}"] = value;
        // Long enough that the mails below certainly arrive while the listener is disconnected.
        settings["Intake__Email__FirstReconnectDelay"] = "00:00:04";
        settings["Intake__Email__MaxReconnectDelay"] = "00:00:05";
        await using var fleet = new HostFleet(BuiltHost.Dll, database.ConnectionString, "fault-imap-key", settings);
        await fleet.StartOneAsync(CancellationToken.None);

        await AppendAsync(imap, 0, 3);
        Assert.Equal(3, await DatabaseWait.UntilAsync(database, "SELECT count(*) FROM inbound_message WHERE channel = 'email'", 3));

        // The listener is back in IDLE; drop its connection and deliver while it is away.
        await Task.Delay(500);
        var kicked = await imap.KickAsync(Mailbox);
        Assert.Contains(Mailbox, kicked, StringComparison.Ordinal);
        await AppendAsync(imap, 3, 10);

        Assert.Equal(13, await DatabaseWait.UntilAsync(database, "SELECT count(*) FROM inbound_message WHERE channel = 'email'", 13));
        Assert.Equal(0, await OutboxDrain.WaitAsync(database.DataSource, TimeSpan.FromSeconds(60), CancellationToken.None));
        await Task.Delay(500);
        Assert.Equal(13, await database.ScalarAsync<long>("SELECT count(*) FROM outbound_message WHERE channel = 'email' AND status = 'sent'"));
        var replies = SmtpLedger.Read(smtp);
        Assert.Equal((13, 0), (replies.Distinct, replies.Duplicates));
        Assert.Empty(fleet.Crashed());
    }

    private static async Task AppendAsync(DovecotServer imap, int first, int count)
    {
        using var client = new ImapClient();
        await client.ConnectAsync(imap.Host, imap.Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(Mailbox, imap.Password);
        for (var i = first; i < first + count; i++)
        {
            var message = new MimeMessage();
            message.From.Add(new MailboxAddress("Klant", $"klant{i}@example.com"));
            message.To.Add(new MailboxAddress("", "opzeggen@example.nl"));
            message.Subject = "Opzeggen";
            message.MessageId = $"imap-drop-{i}@klant.example.com";
            message.Date = DateTimeOffset.UtcNow;
            message.Body = new TextPart("plain") { Text = "Beste,\n\nHierbij zeg ik mijn abonnement op.\n\nGroet,\nKlant" };
            await client.Inbox.AppendAsync(message, MessageFlags.None);
        }
        await client.DisconnectAsync(true);
    }
}
