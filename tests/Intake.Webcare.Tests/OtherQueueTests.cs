using System.Net;
using System.Text.RegularExpressions;
using Intake.Core.Console;
using Intake.Webcare.Tests.Support;
using Intake.Webcare.Text;

namespace Intake.Webcare.Tests;

public sealed partial class OtherQueueTests(ConsoleHostFixture fixture) : IClassFixture<ConsoleHostFixture>
{
    /// <summary>No cancellation cue at all: the classifier files it as other (asserted wherever it is used).</summary>
    internal const string OtherText = "Hoi, mijn internet doet het niet meer sinds gisteren. Kunnen jullie een monteur sturen?";
    private readonly ConsoleHostFactory _host = fixture.Host;

    [Fact]
    public async Task Other_message_appears_in_the_not_a_cancellation_queue_newest_first()
    {
        var client = await _host.SignInAsync(StaffRoles.Agent);
        var countBefore = OtherCount(await client.GetStringAsync("/console"));
        var sender = $"anders{Guid.NewGuid():N}@example.nl";
        var now = _host.Clock.GetUtcNow();
        var older = await _host.ReceiveAsync("email", sender, OtherText, now.AddHours(-2));
        var newer = await _host.ReceiveAsync("email", sender, OtherText + " " + new string('x', 300), now.AddMinutes(-5));
        var unclear = await _host.ReceiveAsync("email", sender, "Wat is de opzegtermijn van mijn contract?");

        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/console/other?q=" + Uri.EscapeDataString(sender)));

        Assert.Equal(("other", "other", null), (older.Intent, newer.Intent, older.CaseReference));
        Assert.NotNull(unclear.CaseReference);
        Assert.Equal([newer.MessageId, older.MessageId], MessageIds(page));
        Assert.Contains(ConsoleTime.Format(now.AddMinutes(-5)), page, StringComparison.Ordinal);
        Assert.Contains(OtherText + " " + new string('x', 200 - OtherText.Length - 1) + "…", page, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 250), page, StringComparison.Ordinal);
        Assert.Contains("Showing 2 of 2, newest first.", page, StringComparison.Ordinal);
        Assert.Contains("This is a cancellation", page, StringComparison.Ordinal);
        var cues = await _host.Database.ScalarAsync<string[]>("SELECT cues FROM inbound_message WHERE id = @MessageId", new { older.MessageId });
        Assert.All(cues, cue => Assert.Contains(cue, page, StringComparison.Ordinal));
        Assert.Equal(countBefore + 2, OtherCount(await client.GetStringAsync("/console")));
    }

    [Fact]
    public async Task The_queue_is_searched_by_sender_in_any_notation_x_handle_text_fragment_and_channel()
    {
        var client = await _host.SignInAsync(StaffRoles.Agent);
        var token = "Kwakkel" + Random.Shared.Next(100000, 999999);
        var phone = "+3161" + Random.Shared.Next(1000000, 9999999);
        var handle = "Monteurzoeker" + Random.Shared.Next(1000, 9999);
        var sms = await _host.ReceiveAsync("sms", phone, "Kunnen jullie een monteur sturen? Groet, " + token);
        var x = await _host.ReceiveAsync("x", "77" + Random.Shared.Next(100000, 999999), OtherText + " " + token, displayName: "@" + handle);
        Assert.Equal(("other", "other"), (sms.Intent, x.Intent));

        Assert.Equal([x.MessageId, sms.MessageId], MessageIds(await client.GetStringAsync("/console/other?q=" + token.ToLowerInvariant())));
        Assert.Equal([sms.MessageId], MessageIds(await client.GetStringAsync("/console/other?q=" + Uri.EscapeDataString("06 " + phone[4..]))));
        Assert.Equal([x.MessageId], MessageIds(await client.GetStringAsync("/console/other?q=" + handle.ToLowerInvariant())));
        Assert.Equal([x.MessageId], MessageIds(await client.GetStringAsync($"/console/other?q={token}&channel=x")));
        Assert.Empty(MessageIds(await client.GetStringAsync("/console/other?q=" + Uri.EscapeDataString("%_" + token))));
    }

    [Fact]
    public async Task A_long_queue_shows_more_on_request_and_says_how_many_match()
    {
        var client = await _host.SignInAsync(StaffRoles.Agent);
        var sender = $"veel{Guid.NewGuid():N}@example.nl";
        var start = _host.Clock.GetUtcNow().AddHours(-1);
        for (var i = 0; i < 55; i++) await _host.ReceiveAsync("email", sender, OtherText, start.AddSeconds(i));

        var first = await client.GetStringAsync("/console/other?q=" + Uri.EscapeDataString(sender));
        var more = ShowMorePattern().Match(first);
        var second = await client.GetStringAsync(WebUtility.HtmlDecode(more.Groups[1].Value));

        Assert.Equal(50, MessageIds(first).Count);
        Assert.Contains("Showing 50 of 55", first, StringComparison.Ordinal);
        Assert.True(more.Success);
        Assert.Equal(55, MessageIds(second).Count);
        Assert.Equal(MessageIds(first), MessageIds(second).Take(50));
        Assert.DoesNotContain("id=\"show-more\"", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Marking_a_message_done_moves_it_to_the_reviewed_view()
    {
        var client = await _host.SignInAsync(StaffRoles.Agent);
        var sender = $"klaar{Guid.NewGuid():N}@example.nl";
        var message = await _host.ReceiveAsync("email", sender, OtherText);
        var countBefore = OtherCount(await client.GetStringAsync("/console"));

        var response = await ConsoleHostFactory.PostFormAsync(client, "/console/other", "Reviewed", new() { ["id"] = message.MessageId.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Marked as done.", await client.GetStringAsync(response.Headers.Location!.ToString()), StringComparison.Ordinal);
        Assert.Empty(MessageIds(await client.GetStringAsync("/console/other?q=" + Uri.EscapeDataString(sender))));
        var reviewed = await client.GetStringAsync("/console/other?reviewed=true&q=" + Uri.EscapeDataString(sender));
        Assert.Equal([message.MessageId], MessageIds(reviewed));
        Assert.Contains("Marked done on", reviewed, StringComparison.Ordinal);
        Assert.Equal(countBefore - 1, OtherCount(await client.GetStringAsync("/console")));
        Assert.StartsWith("staff:", await _host.Database.ScalarAsync<string>("SELECT reviewed_by FROM inbound_message WHERE id = @MessageId", new { message.MessageId }));
    }

    [Fact]
    public async Task The_queue_actions_refuse_a_post_without_antiforgery_token()
    {
        var client = await _host.SignInAsync(StaffRoles.Agent);
        var message = await _host.ReceiveAsync("email", $"csrf{Guid.NewGuid():N}@example.nl", OtherText);

        var response = await client.PostAsync("/console/other?handler=Reclassify",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = message.MessageId.ToString() }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(await _host.Database.ScalarAsync<bool>("SELECT case_id IS NULL FROM inbound_message WHERE id = @MessageId", new { message.MessageId }));
    }

    internal static List<long> MessageIds(string html) => [.. RowPattern().Matches(html).Select(m => long.Parse(m.Groups[1].Value))];

    private static int OtherCount(string html) => int.Parse(OtherCountPattern().Match(html).Groups[1].Value);

    [GeneratedRegex("data-message=\"(\\d+)\"")]
    private static partial Regex RowPattern();

    [GeneratedRegex("data-count=\"other\">(\\d+)<")]
    private static partial Regex OtherCountPattern();

    [GeneratedRegex("id=\"show-more\" href=\"([^\"]+)\"")]
    private static partial Regex ShowMorePattern();
}
