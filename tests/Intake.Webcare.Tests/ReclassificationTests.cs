using System.Net;
using System.Text.RegularExpressions;
using Intake.Core.Console;
using Intake.Core.OtherMessages;
using Intake.Testing;
using Intake.Webcare.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Webcare.Tests;

public sealed partial class ReclassificationTests(ConsoleHostFixture fixture) : IClassFixture<ConsoleHostFixture>
{
    private readonly ConsoleHostFactory _host = fixture.Host;

    [Fact]
    public async Task Staff_turns_an_other_message_into_a_cancellation_with_its_original_receipt_time()
    {
        var account = "NL" + Random.Shared.Next(100000, 999999);
        var email = $"mis{account.ToLowerInvariant()}@example.nl";
        await CustomerSeed.AddAsync(_host.Database, account, email: email);
        var receivedAt = _host.Clock.GetUtcNow().AddHours(-3);
        var message = await _host.ReceiveAsync("email", email, OtherQueueTests.OtherText, receivedAt);
        Assert.Equal(("other", null), (message.Intent, message.CaseReference));
        var client = await _host.SignInAsync(StaffRoles.Agent);

        var response = await Reclassify(client, message.MessageId);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var reference = await ReferenceOfAsync(message.MessageId);
        Assert.Equal($"/console/cases/{reference}", response.Headers.Location!.ToString());
        var row = (await _host.Database.QueryAsync<(string Status, DateTime ReceivedAt, string FirstChannel)>(
            "SELECT status, received_at, first_channel FROM cancellation_case WHERE reference = @reference", new { reference })).Single();
        Assert.Equal(("Accepted", "email"), (row.Status, row.FirstChannel));
        Assert.Equal(receivedAt.UtcDateTime, row.ReceivedAt, TimeSpan.FromMilliseconds(1));
        var stored = (await _host.Database.QueryAsync<(string Intent, string ClassifiedIntent, string ReclassifiedBy)>(
            "SELECT intent, classified_intent, reclassified_by FROM inbound_message WHERE id = @MessageId", new { message.MessageId })).Single();
        Assert.Equal(("cancel", "other"), (stored.Intent, stored.ClassifiedIntent));
        Assert.StartsWith("staff:", stored.ReclassifiedBy);
        var reclassified = (await EventsAsync(reference, "reclassified_by_staff")).Single();
        Assert.StartsWith("staff:", reclassified.Actor);
        Assert.Contains("\"from\": \"other\"", reclassified.Data);
        Assert.Contains("\"to\": \"cancel\"", reclassified.Data);
        Assert.Single(await EventsAsync(reference, "case_opened"));
        var confirmation = (await _host.Database.QueryAsync<(string Channel, string Recipient, string Body)>(
            "SELECT o.channel, o.recipient, o.body FROM outbound_message o JOIN cancellation_case c ON c.id = o.case_id WHERE c.reference = @reference AND o.kind = 'confirmation'",
            new { reference })).Single();
        Assert.Equal(("email", email), (confirmation.Channel, confirmation.Recipient));
        Assert.Contains(reference, confirmation.Body);
        Assert.Contains(Text.ConsoleTime.Format(receivedAt)[11..], confirmation.Body); // the original receipt time (HH:mm, Amsterdam)
        await CaseActionTests.WaitAsync(() => _host.Database.ScalarAsync<bool>(
            "SELECT bool_and(o.status = 'dev-outbox') FROM outbound_message o JOIN cancellation_case c ON c.id = o.case_id WHERE c.reference = @reference", new { reference }));
        var casePage = await client.GetStringAsync(response.Headers.Location!.ToString());
        Assert.Contains("Reclassified by staff as a cancellation", casePage);
        Assert.Empty(OtherQueueTests.MessageIds(await client.GetStringAsync("/console/other?q=" + Uri.EscapeDataString(email))));
    }

    [Fact]
    public async Task Reclassifying_twice_opens_one_case()
    {
        var sender = $"dubbel{Guid.NewGuid():N}@example.nl";
        var message = await _host.ReceiveAsync("email", sender, OtherQueueTests.OtherText);
        var client = await _host.SignInAsync(StaffRoles.Agent);

        var both = await Task.WhenAll(Reclassify(client, message.MessageId), Reclassify(client, message.MessageId));
        var third = await Reclassify(client, message.MessageId);

        var reference = await ReferenceOfAsync(message.MessageId);
        Assert.All([.. both, third], r => Assert.Equal($"/console/cases/{reference}", r.Headers.Location!.ToString()));
        Assert.Equal(1, await _host.Database.ScalarAsync<int>(
            "SELECT count(DISTINCT c.id)::int FROM cancellation_case c JOIN inbound_message m ON m.case_id = c.id WHERE m.sender_address = @sender", new { sender }));
        Assert.Single(await EventsAsync(reference, "reclassified_by_staff"));
        // An unknown sender: the declaration stands and the one reply asks for the missing detail.
        Assert.Equal("NeedsIdentification", await _host.Database.ScalarAsync<string>("SELECT status FROM cancellation_case WHERE reference = @reference", new { reference }));
        Assert.Equal(["identification-request"], await _host.Database.QueryAsync<string>(
            "SELECT o.kind FROM outbound_message o JOIN cancellation_case c ON c.id = o.case_id WHERE c.reference = @reference", new { reference }));
    }

    [Fact]
    public async Task Concurrent_reclassifications_of_one_message_open_one_case_with_one_reply()
    {
        var message = await _host.ReceiveAsync("email", $"tegelijk{Guid.NewGuid():N}@example.nl", OtherQueueTests.OtherText);
        var pipeline = _host.Services.GetRequiredService<Core.Pipeline.IntakePipeline>();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            pipeline.ReclassifyAsCancellationAsync(message.MessageId, "staff:" + i, CancellationToken.None))));

        var reference = await ReferenceOfAsync(message.MessageId);
        Assert.All(results, r => Assert.Equal(reference, r.CaseReference));
        Assert.Single(results, r => r.Outcome == Core.Pipeline.ReclassifyResult.Reclassified);
        Assert.Single(await EventsAsync(reference, "reclassified_by_staff"));
        Assert.Equal(1, await _host.Database.ScalarAsync<int>(
            "SELECT count(*)::int FROM outbound_message o JOIN cancellation_case c ON c.id = o.case_id WHERE c.reference = @reference", new { reference }));
    }

    [Fact]
    public async Task Reclassification_is_counted_in_the_miss_rate()
    {
        var reviews = _host.Services.GetRequiredService<IOtherMessageReviews>();
        var since = _host.Clock.GetUtcNow().AddDays(-30);
        var before = await reviews.MissRateAsync(since, CancellationToken.None);
        var sender = $"teller{Guid.NewGuid():N}@example.nl";
        var messages = new List<long>();
        for (var i = 0; i < 3; i++) messages.Add((await _host.ReceiveAsync("email", sender, OtherQueueTests.OtherText)).MessageId);
        await _host.ReceiveAsync("email", sender, OtherQueueTests.OtherText, _host.Clock.GetUtcNow().AddDays(-31)); // outside the window
        var client = await _host.SignInAsync(StaffRoles.Agent);

        await Reclassify(client, messages[0]);

        var after = await reviews.MissRateAsync(since, CancellationToken.None);
        Assert.Equal(before with { Reclassified = before.Reclassified + 1, Other = before.Other + 3 }, after);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/console/other"));
        Assert.Contains($"Turned into a cancellation by staff: {after.Reclassified} of {after.Other} 'other' messages in the last 30 days (", page);
        Assert.Contains(after.Percent.ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) + "%)", page);
        await CaseActionTests.WaitAsync(async () =>
            MetricPattern().Match(await _host.CreateClient().GetStringAsync("/metrics")) is { Success: true } m && long.Parse(m.Groups[1].Value) >= 1);
    }

    private Task<HttpResponseMessage> Reclassify(HttpClient client, long messageId) =>
        ConsoleHostFactory.PostFormAsync(client, "/console/other", "Reclassify", new() { ["id"] = messageId.ToString() });

    private Task<string> ReferenceOfAsync(long messageId) => _host.Database.ScalarAsync<string>(
        "SELECT c.reference FROM cancellation_case c JOIN inbound_message m ON m.case_id = c.id WHERE m.id = @messageId", new { messageId });

    private Task<IReadOnlyList<(string Actor, string Data)>> EventsAsync(string reference, string type) => _host.Database.QueryAsync<(string Actor, string Data)>(
        "SELECT e.actor, e.data::text FROM case_event e JOIN cancellation_case c ON c.id = e.case_id WHERE c.reference = @reference AND e.type = @type",
        new { reference, type });

    [GeneratedRegex("intake_reclassified_total\\{[^}]*channel=\"email\"[^}]*from=\"other\"[^}]*to=\"cancel\"[^}]*\\} (\\d+)")]
    private static partial Regex MetricPattern();
}
