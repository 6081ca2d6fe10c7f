using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intake.Testing.X;

namespace Intake.Channels.Twitter.Tests;

public sealed class WebhookTests
{
    [Fact]
    public async Task Crc_challenge_is_answered_with_the_hmac_of_the_token()
    {
        await using var rig = await XChannelRig.StartAsync();

        var answer = await rig.Webhook.GetFromJsonAsync<JsonElement>("/webhooks/x?crc_token=challenge_string");
        var missing = await rig.Webhook.GetAsync("/webhooks/x");

        Assert.Equal("sha256=nlBfoc+sYi739ivT57rTKKl7OQM8PcJSNybJqfjoBUk=", answer.GetProperty("response_token").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    [Fact]
    public async Task Forged_or_missing_signatures_get_401_and_nothing_is_stored()
    {
        await using var rig = await XChannelRig.StartAsync();
        var body = AccountActivityPayloads.Mention(FakeXApi.AccountId, "1861000000000000901", "2244994945", "roosdv", "@AcmeZorg ik zeg op");

        var forged = await rig.DeliverAsync(body, AccountActivityPayloads.Sign("not-the-secret", body));
        var tampered = await rig.DeliverAsync(body.Replace("ik zeg op", "ik zeg op!", StringComparison.Ordinal), AccountActivityPayloads.Sign(XChannelRig.ConsumerSecret, body));
        var unsigned = await rig.DeliverAsync(body, "");

        Assert.All([forged, tampered, unsigned], r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Equal(0, await rig.CountAsync("raw_payload"));
        Assert.Equal(0, await rig.CountAsync("inbound_message"));
    }

    [Fact]
    public async Task A_signed_mention_is_stored_raw_and_opens_a_case_with_a_reply_queued_on_x()
    {
        await using var rig = await XChannelRig.StartAsync();
        var body = AccountActivityPayloads.Mention(FakeXApi.AccountId, "1861000000000000902", "2244994945", "roosdv",
            "@AcmeZorg Ik wil mijn internetabonnement opzeggen.");

        var response = await rig.DeliverAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("accepted", await rig.Database.ScalarAsync<string>("SELECT status FROM raw_payload WHERE provider_id = '1861000000000000902'"));
        var row = Assert.Single(await rig.Database.QueryAsync<(string Sender, string Display, string Intent)>(
            "SELECT sender_address, display_name, intent FROM inbound_message WHERE channel = 'x'"));
        Assert.Equal(("2244994945", "@roosdv", "cancel"), row);
        var reply = Assert.Single(await rig.Database.QueryAsync<(string Channel, string Recipient, string InReplyTo)>(
            "SELECT channel, recipient, in_reply_to FROM outbound_message"));
        Assert.Equal(("x", "2244994945", "1861000000000000902"), reply);
        Assert.Null(rig.Heartbeats.Problem(Assert.Single(rig.Heartbeats.Snapshot())));
    }

    [Fact]
    public async Task Our_own_tweets_and_dms_are_never_input()
    {
        await using var rig = await XChannelRig.StartAsync();

        var tweet = await rig.DeliverAsync(AccountActivityPayloads.Mention(FakeXApi.AccountId, "1861000000000000903", FakeXApi.AccountId, "AcmeZorg",
            "Wil je opzeggen? Stuur ons een DM."));
        var dm = await rig.DeliverAsync(AccountActivityPayloads.DirectMessage(FakeXApi.AccountId, "1861000000000000904", FakeXApi.AccountId, "AcmeZorg",
            "Bevestiging van je opzegging C-2026-000001"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (tweet.StatusCode, dm.StatusCode));
        Assert.Equal(0, await rig.CountAsync("raw_payload"));
    }

    [Fact]
    public async Task The_same_event_by_webhook_twice_and_by_poll_is_one_message()
    {
        await using var rig = await XChannelRig.StartAsync();
        var customer = rig.Api.AddUser("roosdv");
        var tweetId = rig.Api.AddMention(customer, "@AcmeZorg ik wil opzeggen");
        var dmId = rig.Api.AddDm(customer, "Ik wil mijn abonnement opzeggen");
        var mention = AccountActivityPayloads.Mention(FakeXApi.AccountId, tweetId, customer, "roosdv", "@AcmeZorg ik wil opzeggen");
        var dm = AccountActivityPayloads.DirectMessage(FakeXApi.AccountId, dmId, customer, "roosdv", "Ik wil mijn abonnement opzeggen");

        await rig.DeliverAsync(mention);
        await rig.DeliverAsync(mention);
        await rig.DeliverAsync(dm);
        await rig.PollJob.PollMentionsAsync(CancellationToken.None);
        await rig.PollJob.PollDirectMessagesAsync(CancellationToken.None);
        await rig.DeliverAsync(dm);

        Assert.Equal(2, await rig.CountAsync("inbound_message"));
        Assert.Equal(1, await rig.CountAsync("inbound_message", $"provider_message_id = '{tweetId}'"));
        Assert.Equal(1, await rig.CountAsync("inbound_message", $"provider_message_id = '{dmId}'"));
        Assert.Equal(1, await rig.CountAsync("cancellation_case"));
    }

    [Fact]
    public async Task A_signed_body_nobody_can_read_is_kept_quarantined_not_dropped()
    {
        await using var rig = await XChannelRig.StartAsync();

        var response = await rig.DeliverAsync("{\"tweet_create_events\": [ this is not json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("quarantined", await rig.Database.ScalarAsync<string>("SELECT status FROM raw_payload"));
    }
}
