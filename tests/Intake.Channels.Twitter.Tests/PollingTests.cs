using Intake.Channels.Twitter.Polling;
using Intake.Testing.X;

namespace Intake.Channels.Twitter.Tests;

public sealed class PollingTests
{
    private static Task<string> CheckpointAsync(XChannelRig rig, string name) =>
        rig.Database.ScalarAsync<string>("SELECT coalesce((SELECT value FROM channel_checkpoint WHERE channel = 'x' AND name = @name), '')", new { name });

    [Fact]
    public async Task Mentions_are_read_across_pages_and_the_since_id_checkpoint_moves_to_the_newest_after_intake()
    {
        await using var rig = await XChannelRig.StartAsync();
        var customer = rig.Api.AddUser("klant1");
        var ids = Enumerable.Range(0, 5).Select(i => rig.Api.AddMention(customer, $"@AcmeZorg vraag {i} over mijn factuur")).ToList();

        var first = await rig.PollJob.PollMentionsAsync(CancellationToken.None);
        var newer = rig.Api.AddMention(customer, "@AcmeZorg ik wil opzeggen");
        var callsBefore = rig.Api.Calls["mentions"];
        var second = await rig.PollJob.PollMentionsAsync(CancellationToken.None);

        Assert.Equal((5, 1), (first, second));
        Assert.Equal(3, callsBefore);
        Assert.Equal(1, rig.Api.Calls["mentions"] - callsBefore);
        Assert.Equal(newer, await CheckpointAsync(rig, XPollJob.MentionsCheckpoint));
        Assert.Equal(6, await rig.CountAsync("inbound_message"));
        Assert.Equal("Bearer app-only-bearer", rig.Api.ReadAuthorizations["mentions"]);
        // Oldest first: the first message id belongs to the oldest mention.
        Assert.Equal(ids[0], await rig.Database.ScalarAsync<string>("SELECT provider_message_id FROM inbound_message ORDER BY id LIMIT 1"));
    }

    [Fact]
    public async Task Dm_events_are_paged_back_only_to_the_last_event_seen_and_our_own_dms_are_skipped()
    {
        await using var rig = await XChannelRig.StartAsync();
        var customer = rig.Api.AddUser("klant2");
        for (var i = 0; i < 4; i++) rig.Api.AddDm(customer, $"bericht {i}");
        var ours = rig.Api.AddDm(FakeXApi.AccountId, "Onze eigen DM: bevestiging", customer);

        await rig.PollJob.PollDirectMessagesAsync(CancellationToken.None);
        var callsAfterFirst = rig.Api.Calls["dm_events"];
        var latest = rig.Api.AddDm(customer, "Ik wil opzeggen");
        await rig.PollJob.PollDirectMessagesAsync(CancellationToken.None);

        Assert.Equal(3, callsAfterFirst);
        Assert.Equal(1, rig.Api.Calls["dm_events"] - callsAfterFirst);
        Assert.Equal(5, await rig.CountAsync("inbound_message"));
        Assert.Equal(0, await rig.CountAsync("raw_payload", $"provider_id = '{ours}'"));
        Assert.Equal(latest, await CheckpointAsync(rig, XPollJob.DirectMessagesCheckpoint));
        // DM reads need user context; X refuses app-only tokens there.
        Assert.StartsWith("OAuth oauth_consumer_key=", rig.Api.ReadAuthorizations["dm_events"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_429_ends_the_poll_keeps_the_checkpoint_and_nothing_calls_x_again_before_the_reset()
    {
        await using var rig = await XChannelRig.StartAsync();
        var customer = rig.Api.AddUser("klant3");
        rig.Api.AddMention(customer, "@AcmeZorg ik wil opzeggen");
        rig.Api.FailNext("mentions", 429, resetInSeconds: FakeXApi.ShortLimitSeconds);

        var limited = await rig.PollJob.PollMentionsAsync(CancellationToken.None);
        var held = await rig.PollJob.PollMentionsAsync(CancellationToken.None);
        var callsWhileLimited = rig.Api.Calls["mentions"];
        await Task.Delay(TimeSpan.FromSeconds(FakeXApi.ShortLimitSeconds + 0.5));
        var after = await rig.PollJob.PollMentionsAsync(CancellationToken.None);

        Assert.Equal((0, 0, 1), (limited, held, after));
        Assert.Equal(1, callsWhileLimited);
        Assert.Equal(1, await rig.CountAsync("inbound_message"));
    }

    [Fact]
    public async Task A_pure_retweet_is_stored_as_other_and_opens_no_case()
    {
        await using var rig = await XChannelRig.StartAsync();
        var customer = rig.Api.AddUser("klant4");
        var retweeter = rig.Api.AddUser("retweeter");
        var original = rig.Api.AddMention(customer, "@AcmeZorg ik wil mijn abonnement opzeggen");
        rig.Api.AddMention(retweeter, "RT @klant4: @AcmeZorg ik wil mijn abonnement opzeggen", retweetOf: original);

        await rig.PollJob.PollMentionsAsync(CancellationToken.None);

        var intents = await rig.Database.QueryAsync<(string Sender, string Intent)>("SELECT sender_address, intent FROM inbound_message ORDER BY id");
        Assert.Equal([(customer, "cancel"), (retweeter, "other")], intents);
        Assert.Equal(1, await rig.CountAsync("cancellation_case"));
    }

    [Fact]
    public async Task Refused_credentials_mark_the_channel_failing_for_staff()
    {
        await using var rig = await XChannelRig.StartAsync();
        rig.Api.FailNext("dm_events", 401);

        await rig.PollJob.PollDirectMessagesAsync(CancellationToken.None);

        var state = Assert.Single(rig.Heartbeats.Snapshot());
        Assert.Contains("credentials", rig.Heartbeats.Problem(state), StringComparison.Ordinal);
    }
}
