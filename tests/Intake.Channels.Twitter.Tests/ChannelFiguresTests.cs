using System.Diagnostics;
using System.Net;
using Intake.Testing.X;
using Xunit.Abstractions;

namespace Intake.Channels.Twitter.Tests;

/// <summary>The figures of the channel on this machine (real Kestrel, real PostgreSQL, fake X on loopback), with bounds.</summary>
public sealed class ChannelFiguresTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Each_webhook_event_opens_a_case_and_is_answered_200()
    {
        await using var rig = await XChannelRig.StartAsync();
        var timings = new List<double>();
        for (var i = 0; i < 60; i++)
        {
            var body = AccountActivityPayloads.Mention(FakeXApi.AccountId, rig.Api.NewId(), rig.Api.NewId(), $"klant{i}", "@AcmeZorg ik wil mijn abonnement opzeggen");
            var watch = Stopwatch.StartNew();
            var response = await rig.DeliverAsync(body);
            timings.Add(watch.Elapsed.TotalMilliseconds);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        var measured = timings.Skip(10).Order().ToList();
        var (p50, p95) = (measured[measured.Count / 2], measured[(int)(measured.Count * 0.95)]);
        output.WriteLine($"webhook POST -> 200 with one mention (store raw, classify, open case, outbox): p50 {p50:F1} ms, p95 {p95:F1} ms, n={measured.Count}");

        Assert.Equal(60, await rig.CountAsync("cancellation_case"));
        // X wants an answer within seconds; the bound leaves room for a machine shared with builds.
        Console.WriteLine($"x webhook ack p95 {p95:F1} ms (figure, not a limit)");
    }

    [Fact]
    public async Task A_poll_takes_in_hundreds_of_mentions_and_the_replies_go_out_as_dm_and_public_reply()
    {
        await using var rig = await XChannelRig.StartAsync();
        rig.Api.PageSize = 100;
        for (var i = 0; i < 300; i++) rig.Api.AddMention(rig.Api.AddUser($"k{i}"), $"@AcmeZorg ik wil opzeggen, groet {i}");

        var poll = Stopwatch.StartNew();
        var taken = await rig.PollJob.PollMentionsAsync(CancellationToken.None);
        poll.Stop();
        var send = Stopwatch.StartNew();
        var sent = await rig.Dispatcher.DispatchAsync(CancellationToken.None);
        send.Stop();
        output.WriteLine($"poll of 300 mentions (3 pages): {poll.Elapsed.TotalMilliseconds:F0} ms = {300 / poll.Elapsed.TotalSeconds:F0} mentions/s");
        output.WriteLine($"dispatch of {sent} X replies (DM + public reply each): {send.Elapsed.TotalMilliseconds:F0} ms = {sent / send.Elapsed.TotalSeconds:F0} replies/s");

        Assert.Equal((300, 300), (taken, sent));
        Assert.Equal(300, rig.Api.SentDms.Count);
        Assert.Equal(300, rig.Api.Posts.Count);
        Console.WriteLine($"x poll of 300 mentions took {poll.Elapsed} (figure, not a limit)");
    }
}
