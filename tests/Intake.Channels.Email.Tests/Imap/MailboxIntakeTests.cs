using Dapper;
using Intake.Channels.Email.Imap;
using Intake.Core.Email;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Intake.Channels.Email.Tests.Imap;

public sealed class MailboxIntakeTests
{
    [Fact]
    public async Task Dutch_cancellation_mail_becomes_a_case_with_a_threaded_confirmation_on_the_smtp_server()
    {
        await using var rig = await EmailRig.StartAsync();
        var mail = Mails.Dutch();
        await rig.AppendAsync(EmailRig.Intake, mail);

        await rig.ReconcileAndDispatchAsync();

        var reference = await rig.Database.ScalarAsync<string>("SELECT c.reference FROM cancellation_case c JOIN inbound_message m ON m.case_id = c.id WHERE m.channel = 'email'");
        var deliveries = await rig.Smtp.WaitForDeliveriesAsync(1);
        Assert.True(deliveries.Count == 1, await rig.OutboxAsync());
        var reply = Mails.Parse(deliveries[0]);
        Assert.Equal(mail.MessageId, reply.InReplyTo);
        Assert.Contains(mail.MessageId, reply.References);
        Assert.Equal("Re: Opzeggen abonnement [" + reference + "]", reply.Subject);
        Assert.Equal("auto-replied", reply.Headers["Auto-Submitted"]);
        Assert.Equal("jan.jansen@example.com", reply.To.Mailboxes.Single().Address);
        Assert.Equal("opzeggen@example.nl", reply.From.Mailboxes.Single().Address);
        Assert.Contains(reference, reply.TextBody, StringComparison.Ordinal);
        Assert.Contains("Wij hebben uw opzegging ontvangen op", reply.TextBody, StringComparison.Ordinal);
        Assert.Contains(reference, reply.HtmlBody, StringComparison.Ordinal);
        Assert.StartsWith("o", reply.MessageId, StringComparison.Ordinal);
        var row = await rig.Database.QueryAsync<(string Status, string ProviderId)>("SELECT status, provider_id FROM outbound_message");
        Assert.Equal(("sent", reply.MessageId), Assert.Single(row));
        Assert.Equal(0, await rig.CountAsync(EmailRig.Intake, "INBOX"));
        Assert.Equal(1, await rig.CountAsync(EmailRig.Intake, "Verwerkt"));
    }

    [Fact]
    public async Task Mails_arriving_while_the_listener_is_stopped_are_all_processed_after_restart_and_none_twice()
    {
        await using var rig = await EmailRig.StartAsync();
        var listener = rig.Listener();
        await listener.StartAsync(CancellationToken.None);
        await rig.AppendAsync(EmailRig.Intake, Mails.Dutch(from: "eerste@example.com"));
        await rig.WaitForAsync(() => rig.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message"), n => n == 1);
        await listener.StopAsync(CancellationToken.None);

        for (var i = 0; i < 5; i++) await rig.AppendAsync(EmailRig.Intake, Mails.Dutch(from: $"klant{i}@example.com"));
        await Task.Delay(500);
        Assert.Equal(1, await rig.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message"));

        var restarted = rig.Listener();
        await restarted.StartAsync(CancellationToken.None);
        var count = await rig.WaitForAsync(() => rig.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message"), n => n == 6);
        await restarted.StopAsync(CancellationToken.None);
        await rig.ReconciliationJob.RunAsync(EmailRig.Intake, CancellationToken.None);

        Assert.Equal(6, count);
        Assert.Equal(6, await rig.Database.ScalarAsync<long>("SELECT count(*) FROM raw_payload"));
        Assert.Equal(6, await rig.Database.ScalarAsync<long>("SELECT count(DISTINCT sender_address) FROM inbound_message"));
        var checkpoint = await rig.Services.GetRequiredService<IMailboxCheckpoints>().GetAsync(EmailRig.Intake, CancellationToken.None);
        Assert.True(checkpoint!.LastUid == 6, $"checkpoint {checkpoint.LastUid}, validity {checkpoint.UidValidity}; raw uids: " + string.Join(",", await rig.Database.QueryAsync<string>("SELECT name || '=' || value FROM channel_checkpoint")));
        Assert.Equal(6, await rig.CountAsync(EmailRig.Intake, "Verwerkt"));
    }

    [Fact]
    public async Task The_listener_takes_in_a_mail_within_seconds_through_idle()
    {
        await using var rig = await EmailRig.StartAsync(configure: o => o.IdleRefresh = TimeSpan.FromMinutes(5));
        var listener = rig.Listener();
        await listener.StartAsync(CancellationToken.None);
        await Task.Delay(1000);

        await rig.AppendAsync(EmailRig.Intake, Mails.Dutch());
        var count = await rig.WaitForAsync(() => rig.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message"), n => n == 1, TimeSpan.FromSeconds(20));
        await listener.StopAsync(CancellationToken.None);

        Assert.Equal(1, count);
    }
}
