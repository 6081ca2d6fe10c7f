using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Intake.Testing;
using Intake.Testing.Twilio;
using static Intake.Host.Tests.Twilio.TwilioWebhooks;

namespace Intake.Host.Tests.Twilio;

/// <summary>The Twilio channel in the real host: Hangfire outbox, PostgreSQL, the JSON API, against a stub of Twilio's API.</summary>
public sealed class TwilioThroughHostTests
{
    private const string Mobile = "+31612345678";

    [Fact]
    public async Task Signed_sms_through_the_host_is_confirmed_by_the_rest_api_and_tracked_to_delivered()
    {
        await using var twilio = await FakeTwilioApi.StartAsync();
        await using var host = new IntakeHostFactory(await PostgresServer.CreateDatabaseAsync(migrate: false));
        await using var factory = WithTwilio(host, twilio);
        var client = factory.CreateClient();
        var api = factory.CreateClient();
        api.DefaultRequestHeaders.Add("X-Api-Key", IntakeHostFactory.ApiKey);
        await CustomerSeed.AddAsync(host.Database, "NL9001", phone: Mobile);

        var webhook = await PostSignedAsync(client, "/webhooks/twilio/sms",
            [new("MessageSid", "SM9000"), new("From", Mobile), new("To", "+3197010000001"), new("Body", "Ik zeg mijn abonnement op 🙏")]);
        var answer = (await TwimlAsync(webhook)).Root!;
        Assert.Equal(("Response", 0), (answer.Name.LocalName, answer.Elements().Count()));

        var reference = await host.Database.ScalarAsync<string>("SELECT reference FROM cancellation_case");
        var view = await host.WaitForRepliesAsync(api, reference);
        var outbound = Assert.Single(view.GetProperty("outbound").EnumerateArray());
        Assert.Equal("sent", outbound.GetProperty("status").GetString());
        var (_, form, authorized, _) = Assert.Single(twilio.Requests);
        Assert.True(authorized); // Basic auth with the configured AccountSid and AuthToken
        Assert.Equal(Mobile, form["To"]);
        Assert.Contains(reference, form["Body"], StringComparison.Ordinal);

        var sid = await host.Database.ScalarAsync<string>("SELECT provider_id FROM outbound_message");
        var status = await PostSignedAsync(client, "/webhooks/twilio/status",
            [new("MessageSid", sid), new("MessageStatus", "delivered"), new("To", Mobile), new("From", "+3197010000001")]);
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        view = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{reference}");
        Assert.Equal("delivered", view.GetProperty("outbound")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_call_through_the_host_hears_its_reference_and_gets_an_sms()
    {
        await using var twilio = await FakeTwilioApi.StartAsync();
        await using var host = new IntakeHostFactory(await PostgresServer.CreateDatabaseAsync(migrate: false));
        await using var factory = WithTwilio(host, twilio);
        var client = factory.CreateClient();
        var api = factory.CreateClient();
        api.DefaultRequestHeaders.Add("X-Api-Key", IntakeHostFactory.ApiKey);
        KeyValuePair<string, string>[] Call(string? digits = null) =>
            [new("CallSid", "CA9000"), new("From", Mobile), new("To", "+3197010000001"), new("CallStatus", "in-progress"), .. digits is null ? [] : new KeyValuePair<string, string>[] { new("Digits", digits) }];

        var twiml = await TwimlAsync(await PostSignedAsync(client, "/webhooks/twilio/voice", Call()));
        foreach (var digits in new[] { "1", "*", "1" })
        {
            var action = twiml.Descendants("Gather").Single().Attribute("action")!.Value;
            Assert.StartsWith("https://intake.example.nl/webhooks/twilio/voice/", action, StringComparison.Ordinal);
            twiml = await TwimlAsync(await PostSignedAsync(client, action["https://intake.example.nl".Length..], Call(digits)));
        }

        var reference = await host.Database.ScalarAsync<string>("SELECT reference FROM cancellation_case");
        Assert.Contains(string.Join(" ", reference.Split('-')[2].ToCharArray()), string.Concat(twiml.Descendants("Say").Select(s => s.Value)), StringComparison.Ordinal);
        var view = await host.WaitForRepliesAsync(api, reference);
        Assert.Equal("sms", view.GetProperty("outbound")[0].GetProperty("channel").GetString());
        Assert.Equal(Mobile, Assert.Single(twilio.Requests).Form["To"]);
    }

    private static async Task<XDocument> TwimlAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
