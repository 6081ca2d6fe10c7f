using System.Globalization;
using System.Net;
using Intake.Core.Console;
using Intake.Core.Pipeline;
using Intake.Webcare.Tests.Support;
using Intake.Webcare.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Webcare.Tests;

public sealed class ManualIntakeTests(ConsoleHostFixture fixture) : IClassFixture<ConsoleHostFixture>
{
    private readonly ConsoleHostFactory _host = fixture.Host;

    [Fact]
    public async Task A_phone_call_is_recorded_with_its_receipt_time_and_who_entered_it_and_confirmed_once()
    {
        var client = await _host.SignInAsync(StaffRoles.Agent);
        var submission = await ConsoleHostFactory.ManualSubmissionAsync(client);
        var calledAt = _host.Clock.GetUtcNow().AddHours(-2);
        var phone = "+3165" + Random.Shared.Next(1000000, 9999999);
        var fields = new Dictionary<string, string>
        {
            ["submission"] = submission, ["source"] = "phone", ["receivedAt"] = ConsoleTime.Input(calledAt), ["contact"] = "06" + phone[4..],
            ["name"] = "Mevrouw Jansen", ["accountNumber"] = "", ["declaration"] = "ordinary", ["language"] = "nl",
            ["text"] = "Klant belde en zegt het abonnement op.",
        };

        var response = await ConsoleHostFactory.PostFormAsync(client, "/console/manual", null, new(fields));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var reference = response.Headers.Location!.ToString().Split('/').Last();
        var again = await ConsoleHostFactory.PostFormAsync(client, "/console/manual", null, new(fields));
        Assert.Equal(response.Headers.Location, again.Headers.Location);

        var row = (await _host.Database.QueryAsync<(string Status, DateTime ReceivedAt, string FirstChannel)>(
            "SELECT status, received_at, first_channel FROM cancellation_case WHERE reference = @reference", new { reference })).Single();
        Assert.Equal(("NeedsIdentification", "manual"), (row.Status, row.FirstChannel));
        // The entry form has minute precision: the receipt time is the minute staff entered.
        Assert.Equal(ConsoleTime.Parse(ConsoleTime.Input(calledAt))!.Value.UtcDateTime, row.ReceivedAt);
        Assert.Equal(1, await _host.Database.ScalarAsync<int>("SELECT count(*)::int FROM inbound_message WHERE channel = 'manual' AND provider_message_id = @submission", new { submission }));
        var raw = await _host.Database.ScalarAsync<byte[]>("SELECT body FROM raw_payload WHERE channel = 'manual' AND provider_id = @submission LIMIT 1", new { submission });
        Assert.Contains("enteredBy=staff%3A", System.Text.Encoding.UTF8.GetString(raw));
        Assert.Equal(1, await _host.Database.ScalarAsync<int>(
            "SELECT count(*)::int FROM case_event e JOIN cancellation_case c ON c.id = e.case_id WHERE c.reference = @reference AND e.type = 'manual_intake_recorded' AND e.actor LIKE 'staff:%'",
            new { reference }));
        var reply = (await _host.Database.QueryAsync<(string Channel, string Recipient)>(
            "SELECT o.channel, o.recipient FROM outbound_message o JOIN cancellation_case c ON c.id = o.case_id WHERE c.reference = @reference", new { reference })).Single();
        Assert.Equal(("sms", phone), reply);
    }

    [Fact]
    public async Task A_receipt_time_in_the_future_is_refused_and_nothing_is_stored()
    {
        var client = await _host.SignInAsync(StaffRoles.Agent);
        var submission = await ConsoleHostFactory.ManualSubmissionAsync(client);
        var response = await ConsoleHostFactory.PostFormAsync(client, "/console/manual", null, new()
        {
            ["submission"] = submission, ["source"] = "letter", ["receivedAt"] = ConsoleTime.Input(_host.Clock.GetUtcNow().AddDays(1)),
            ["contact"] = "brief@example.nl", ["declaration"] = "auto", ["language"] = "nl", ["text"] = "Per brief opgezegd.",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("may not be in the future", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await _host.Database.ScalarAsync<int>("SELECT count(*)::int FROM raw_payload WHERE provider_id = @submission", new { submission }));
    }

    [Fact]
    public async Task A_stored_manual_intake_reads_back_for_replay_as_the_same_message()
    {
        var reader = _host.Services.GetServices<IRawPayloadReader>().Single(r => r.Channel == "manual");
        var submission = Guid.NewGuid().ToString();
        var body = $"submission={submission}&source=letter&receivedAt=2026-11-20T09%3A15&contact=a%40example.nl&name=&accountNumber=NL1&declaration=withdrawal&language=en&text=I+withdraw&enteredBy=staff%3A7&enteredAt=2026-11-21T10%3A00%3A00.0000000%2B00%3A00";
        var message = reader.Read(new RawPayload("manual", submission, "application/x-www-form-urlencoded", System.Text.Encoding.UTF8.GetBytes(body), DateTimeOffset.Parse("2026-11-21T10:00:00Z", CultureInfo.InvariantCulture)));
        Assert.Equal(submission, message.ProviderMessageId);
        Assert.Equal(DateTimeOffset.Parse("2026-11-20T08:15:00Z", CultureInfo.InvariantCulture), message.ReceivedAt);
        Assert.Equal(("withdrawal", "NL1", "en"), (message.Stated!.Kind, message.Stated.AccountNumber, message.Stated.Language));
        Assert.Throws<FormatException>(() => reader.Read(new RawPayload("manual", "x", "application/x-www-form-urlencoded", "text="u8.ToArray(), DateTimeOffset.UnixEpoch)));
    }
}
