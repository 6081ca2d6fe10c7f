using System.Net;
using System.Text.Json;
using Hangfire;
using Hangfire.Storage;
using Intake.Channels.Twitter.Polling;
using Intake.Testing.X;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Host.Tests.X;

public sealed class XChannelThroughHostTests
{
    [Fact]
    public async Task A_mention_becomes_a_case_confirmed_by_dm_with_details_and_a_public_reply_without_personal_data()
    {
        await using var host = await XHost.StartAsync();
        var userId = await host.KnownCustomerAsync("roosdv", "NL4004", "Tv Basis");
        var tweetId = host.Api.NewId();

        var response = await host.DeliverAsync(AccountActivityPayloads.Mention(FakeXApi.AccountId, tweetId, userId, "roosdv",
            "@AcmeZorg Ik wil mijn Tv Basis abonnement opzeggen"));
        var reference = await host.Database.ScalarAsync<string>("SELECT reference FROM cancellation_case");
        var view = await host.WaitForRepliesAsync(reference);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("x", view.GetProperty("firstChannel").GetString());
        var reply = Assert.Single(view.GetProperty("outbound").EnumerateArray());
        Assert.Equal(("x", "sent"), (reply.GetProperty("channel").GetString(), reply.GetProperty("status").GetString()));
        var dm = Assert.Single(host.Api.SentDms);
        Assert.Equal(userId, dm.ParticipantId);
        Assert.Contains(reference, dm.Text, StringComparison.Ordinal);
        Assert.Contains("Tv Basis", dm.Text, StringComparison.Ordinal);
        var post = Assert.Single(host.Api.Posts);
        Assert.Equal(tweetId, post.InReplyTo);
        Assert.Contains(reference, post.Text, StringComparison.Ordinal);
        foreach (var personal in new[] { "Tv Basis", "NL4004", "roosdv", "Test Klant", "@example.nl", userId })
            Assert.DoesNotContain(personal, post.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_dm_becomes_a_case_answered_by_dm_and_our_own_echo_read_back_by_polling_is_ignored()
    {
        await using var host = await XHost.StartAsync();
        var userId = await host.KnownCustomerAsync("jansen", "NL5005", "Internet 100");
        var dmId = host.Api.AddDm(userId, "Ik wil mijn internet opzeggen");

        await host.DeliverAsync(AccountActivityPayloads.DirectMessage(FakeXApi.AccountId, dmId, userId, "jansen", "Ik wil mijn internet opzeggen"));
        var reference = await host.Database.ScalarAsync<string>("SELECT reference FROM cancellation_case");
        await host.WaitForRepliesAsync(reference);
        // X now lists the customer's DM and our reply in dm_events; the poll must take neither again.
        await host.Services.GetRequiredService<XPollJob>().PollDirectMessagesAsync(CancellationToken.None);

        Assert.Contains(reference, Assert.Single(host.Api.SentDms).Text, StringComparison.Ordinal);
        Assert.Empty(host.Api.Posts);
        Assert.Equal(1, await host.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message"));
        Assert.Equal(0, await host.Database.ScalarAsync<long>("SELECT count(*) FROM raw_payload WHERE provider_id <> @dmId", new { dmId }));
    }

    [Fact]
    public async Task The_enabled_channel_schedules_its_polls_and_reports_ready()
    {
        await using var host = await XHost.StartAsync();

        using var connection = host.Services.GetRequiredService<JobStorage>().GetConnection();
        var jobs = connection.GetRecurringJobs().Select(j => j.Id).ToList();
        var ready = await host.Factory.CreateClient().GetAsync("/health/ready");
        var crc = await host.Factory.CreateClient().GetStringAsync("/webhooks/x?crc_token=challenge_string");

        Assert.Contains("x-poll-mentions", jobs);
        Assert.Contains("x-poll-dm-events", jobs);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("\"x\"", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("sha256=nlBfoc+sYi739ivT57rTKKl7OQM8PcJSNybJqfjoBUk=", JsonDocument.Parse(crc).RootElement.GetProperty("response_token").GetString());
    }

    [Fact]
    public async Task Without_credentials_the_channel_stays_off()
    {
        await using var host = await XHost.StartAsync(configured: false);

        var webhook = await host.DeliverAsync(AccountActivityPayloads.Mention(FakeXApi.AccountId, host.Api.NewId(), "42", "someone", "@AcmeZorg opzeggen"));

        Assert.Equal(HttpStatusCode.NotFound, webhook.StatusCode);
        Assert.Null(host.Services.GetService<XPollJob>());
        Assert.Equal(0, await host.Database.ScalarAsync<long>("SELECT count(*) FROM raw_payload"));
    }
}
