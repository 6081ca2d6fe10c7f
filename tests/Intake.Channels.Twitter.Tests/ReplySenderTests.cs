using Intake.Channels.Twitter.Sending;
using Intake.Core.Outbox;
using Intake.Testing;
using Intake.Testing.X;

namespace Intake.Channels.Twitter.Tests;

public sealed class ReplySenderTests
{
    private static async Task<string> KnownCustomerAsync(XChannelRig rig, string username)
    {
        var userId = rig.Api.AddUser(username);
        var (customerId, _) = await CustomerSeed.AddAsync(rig.Database, "NL1001", email: "roos@example.nl", product: "Internet 100");
        await rig.Database.ExecuteAsync("INSERT INTO identity_link (kind, value, customer_id, verified) VALUES ('x', @userId, @customerId, true)", new { userId, customerId });
        return userId;
    }

    private static async Task<string> MentionAsync(XChannelRig rig, string userId, string username, string text)
    {
        var tweetId = rig.Api.NewId();
        await rig.DeliverAsync(AccountActivityPayloads.Mention(FakeXApi.AccountId, tweetId, userId, username, text));
        return tweetId;
    }

    /// <summary>One pass over the outbox, as one dispatcher claim: no immediate re-claim of a row set to retry.</summary>
    private static async Task SendOnceAsync(XChannelRig rig)
    {
        foreach (var message in await rig.Harness.Outbox.ClaimAsync(10, TimeSpan.FromMinutes(2), CancellationToken.None))
        {
            var result = await rig.Sender.SendAsync(message, CancellationToken.None);
            await rig.Harness.Outbox.CompleteAsync([new SendOutcome(message, result, result.Retry ? DateTimeOffset.UtcNow : null)], CancellationToken.None);
        }
    }

    [Fact]
    public async Task Mention_gets_the_full_confirmation_by_dm_and_a_public_reply_without_personal_data()
    {
        await using var rig = await XChannelRig.StartAsync();
        var userId = await KnownCustomerAsync(rig, "roosdv");
        var tweetId = await MentionAsync(rig, userId, "roosdv", "@AcmeZorg Ik wil mijn abonnement opzeggen.");

        await rig.Dispatcher.DispatchAsync(CancellationToken.None);

        var reference = await rig.Database.ScalarAsync<string>("SELECT reference FROM cancellation_case");
        var dm = Assert.Single(rig.Api.SentDms);
        Assert.Equal(userId, dm.ParticipantId);
        Assert.Contains(reference, dm.Text, StringComparison.Ordinal);
        Assert.Contains("Internet 100", dm.Text, StringComparison.Ordinal);
        Assert.Contains("Einddatum", dm.Text, StringComparison.Ordinal);
        Assert.StartsWith("OAuth ", dm.Authorization, StringComparison.Ordinal);
        var post = Assert.Single(rig.Api.Posts);
        Assert.Equal(tweetId, post.InReplyTo);
        Assert.Contains(reference, post.Text, StringComparison.Ordinal);
        Assert.Contains("DM", post.Text, StringComparison.Ordinal);
        Assert.Null(PublicTextGuard.Violation(post.Text, ["Test Klant", "NL1001", "roos@example.nl", "Internet 100", "@roosdv"]));
        var row = Assert.Single(await rig.Database.QueryAsync<(string Status, string ProviderId)>("SELECT status, provider_id FROM outbound_message"));
        Assert.Equal("sent", row.Status);
        Assert.Equal(2, await rig.CountAsync("x_reply_part"));
    }

    [Fact]
    public async Task A_dm_is_answered_by_dm_only()
    {
        await using var rig = await XChannelRig.StartAsync();
        var userId = await KnownCustomerAsync(rig, "roosdv");
        await rig.DeliverAsync(AccountActivityPayloads.DirectMessage(FakeXApi.AccountId, rig.Api.NewId(), userId, "roosdv", "Ik wil mijn abonnement opzeggen."));

        await rig.Dispatcher.DispatchAsync(CancellationToken.None);

        Assert.Contains("Internet 100", Assert.Single(rig.Api.SentDms).Text, StringComparison.Ordinal);
        Assert.Empty(rig.Api.Posts);
        Assert.Equal("sent", await rig.Database.ScalarAsync<string>("SELECT status FROM outbound_message"));
    }

    [Fact]
    public async Task A_staff_reply_to_a_mention_goes_by_dm_only_the_public_answer_was_given_once()
    {
        await using var rig = await XChannelRig.StartAsync();
        var userId = await KnownCustomerAsync(rig, "roosdv");
        var tweetId = await MentionAsync(rig, userId, "roosdv", "@AcmeZorg Ik wil mijn abonnement opzeggen.");
        await rig.Dispatcher.DispatchAsync(CancellationToken.None);

        await rig.Database.ExecuteAsync(
            """
            INSERT INTO outbound_message (case_id, kind, channel, recipient, language, template, body, in_reply_to, next_attempt_at, created_at, updated_at)
            SELECT id, 'reply', 'x', @userId, 'nl', 'staff-reply.x.nl', 'Je opzegging is verwerkt.', @tweetId, now(), now(), now() FROM cancellation_case
            """, new { userId, tweetId });
        await rig.Dispatcher.DispatchAsync(CancellationToken.None);

        Assert.Equal(2, rig.Api.SentDms.Count);
        Assert.Single(rig.Api.Posts);
        Assert.Equal(["sent", "sent"], await rig.Database.QueryAsync<string>("SELECT status FROM outbound_message ORDER BY id"));
    }

    [Fact]
    public async Task Closed_dms_get_a_public_reply_asking_to_open_them_and_the_case_shows_the_confirmation_owed()
    {
        await using var rig = await XChannelRig.StartAsync();
        var userId = await KnownCustomerAsync(rig, "roosdv");
        rig.Api.DmsClosed.Add(userId);
        await MentionAsync(rig, userId, "roosdv", "@AcmeZorg Ik wil mijn abonnement opzeggen.");

        await rig.Dispatcher.DispatchAsync(CancellationToken.None);

        Assert.Empty(rig.Api.SentDms);
        var post = Assert.Single(rig.Api.Posts);
        Assert.Contains("DM's voor ons open", post.Text, StringComparison.Ordinal);
        var row = Assert.Single(await rig.Database.QueryAsync<(string Status, string LastError)>("SELECT status, last_error FROM outbound_message"));
        Assert.Equal("failed", row.Status);
        Assert.Contains("confirmation owed", row.LastError, StringComparison.Ordinal);
        Assert.Equal(1, await rig.CountAsync("case_event", "type = 'confirmation_owed'"));
    }

    [Fact]
    public async Task A_rate_limited_public_reply_is_retried_after_the_reset_without_sending_the_dm_twice()
    {
        await using var rig = await XChannelRig.StartAsync();
        var userId = await KnownCustomerAsync(rig, "roosdv");
        await MentionAsync(rig, userId, "roosdv", "@AcmeZorg Ik wil mijn abonnement opzeggen.");
        rig.Api.FailNext("tweets", 429, resetInSeconds: FakeXApi.ShortLimitSeconds);

        await SendOnceAsync(rig);
        await SendOnceAsync(rig);
        var callsWhileLimited = rig.Api.Calls["tweets"];
        var statusWhileLimited = await rig.Database.ScalarAsync<string>("SELECT status FROM outbound_message");
        await Task.Delay(TimeSpan.FromSeconds(FakeXApi.ShortLimitSeconds + 0.5));
        await SendOnceAsync(rig);

        Assert.Equal(("queued", 1), (statusWhileLimited, callsWhileLimited));
        Assert.Single(rig.Api.SentDms);
        Assert.Single(rig.Api.Posts);
        Assert.Equal("sent", await rig.Database.ScalarAsync<string>("SELECT status FROM outbound_message"));
    }

    [Fact]
    public async Task Refused_credentials_fail_the_reply_for_good_and_alert_staff()
    {
        await using var rig = await XChannelRig.StartAsync();
        var userId = await KnownCustomerAsync(rig, "roosdv");
        await MentionAsync(rig, userId, "roosdv", "@AcmeZorg Ik wil mijn abonnement opzeggen.");
        rig.Api.FailNext("dm_write", 401);

        await rig.Dispatcher.DispatchAsync(CancellationToken.None);

        Assert.Equal("failed", await rig.Database.ScalarAsync<string>("SELECT status FROM outbound_message"));
        Assert.Empty(rig.Api.Posts);
        var state = rig.Heartbeats.Snapshot().Single(s => s.Channel == "x");
        Assert.Contains("credentials", rig.Heartbeats.Problem(state), StringComparison.Ordinal);
    }
}
