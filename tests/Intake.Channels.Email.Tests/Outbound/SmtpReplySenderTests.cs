using Intake.Core.Outbox;
using Intake.Testing.Email;

namespace Intake.Channels.Email.Tests.Outbound;

public sealed class SmtpReplySenderTests
{
    private static async Task<OutboundMessage> QueuedReplyAsync(EmailRig rig)
    {
        await rig.AppendAsync(EmailRig.Intake, Mails.Dutch());
        await rig.ReconciliationJob.RunAsync(EmailRig.Intake, CancellationToken.None);
        return Assert.Single(await rig.Harness.Outbox.ClaimAsync(10, TimeSpan.FromMinutes(2), CancellationToken.None));
    }

    [Fact]
    public async Task A_rerun_after_a_crash_past_the_servers_acceptance_sends_no_second_mail()
    {
        await using var rig = await EmailRig.StartAsync();
        var reply = await QueuedReplyAsync(rig);

        var first = await rig.Sender.SendAsync(reply, CancellationToken.None);
        // The job died before it recorded the outcome; the row is claimed again and sent again.
        var second = await rig.Sender.SendAsync(reply with { Attempts = 2 }, CancellationToken.None);

        Assert.Equal("sent", first.Status);
        Assert.Equal(first.ProviderId, second.ProviderId);
        Assert.Equal("sent", second.Status);
        await Task.Delay(300);
        Assert.Single(rig.Smtp.Deliveries());
        Assert.Equal(first.ProviderId, await rig.Database.ScalarAsync<string>("SELECT provider_id FROM outbound_message"));
    }

    [Fact]
    public async Task A_soft_smtp_refusal_is_retried_later()
    {
        await using var rig = await EmailRig.StartAsync(await SmtpSink.StartAsync(softReject: "rcpt"));
        var result = await rig.Sender.SendAsync(await QueuedReplyAsync(rig), CancellationToken.None);

        Assert.True(result.Retry);
        Assert.StartsWith("SMTP 4", result.Error, StringComparison.Ordinal);
        Assert.Empty(rig.Smtp.Deliveries());
    }

    [Fact]
    public async Task A_hard_smtp_refusal_fails_the_reply_with_the_servers_text_and_tells_the_case()
    {
        await using var rig = await EmailRig.StartAsync(await SmtpSink.StartAsync(hardReject: "rcpt"));
        await rig.AppendAsync(EmailRig.Intake, Mails.Dutch());
        await rig.ReconcileAndDispatchAsync();

        var (status, error) = (await rig.Database.QueryAsync<(string, string)>("SELECT status, last_error FROM outbound_message")).Single();
        Assert.Equal("failed", status);
        Assert.StartsWith("SMTP 5", error, StringComparison.Ordinal);
        Assert.Equal(1, await rig.Database.ScalarAsync<long>("SELECT count(*) FROM outbound_message WHERE attempts = 1"));
        Assert.Equal(1, await rig.Database.ScalarAsync<long>("SELECT count(*) FROM case_event WHERE type = 'reply_failed'"));
    }

    [Fact]
    public async Task An_smtp_server_that_is_down_is_a_transient_failure()
    {
        var sink = await SmtpSink.StartAsync();
        await using var rig = await EmailRig.StartAsync(sink);
        var reply = await QueuedReplyAsync(rig);
        await sink.DisposeAsync();

        var result = await rig.Sender.SendAsync(reply, CancellationToken.None);

        Assert.True(result.Retry, result.Error);
    }
}
