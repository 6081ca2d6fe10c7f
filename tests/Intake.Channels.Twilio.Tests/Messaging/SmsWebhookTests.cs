using System.Net;
using System.Xml.Linq;
using Intake.Channels.Twilio.Tests.Fakes;
using Intake.Testing;
using Intake.Testing.Twilio;

namespace Intake.Channels.Twilio.Tests.Messaging;

public sealed class SmsWebhookTests
{
    private const string Mobile = "+31612345678";

    [Fact]
    public async Task Signed_sms_becomes_a_case_confirmed_through_the_rest_api_and_tracked_to_delivered()
    {
        await using var api = await FakeTwilioApi.StartAsync();
        await using var host = await TwilioTestHost.StartAsync(api, settings: new Dictionary<string, string?> { ["Intake:Twilio:PublicBaseUrl"] = "https://intake.example.nl" });
        await CustomerSeed.AddAsync(host.Database, "NL1001", phone: Mobile, product: "Internet 100");

        var response = await host.PostSignedAsync("/webhooks/twilio/sms", TwilioForms.Sms("SM11111111111111111111111111111111", Mobile, "Ik wil mijn abonnement opzeggen"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        var twiml = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(("Response", 0), (twiml.Name.LocalName, twiml.Elements().Count()));

        var reference = await host.Database.ScalarAsync<string>("SELECT reference FROM cancellation_case");
        Assert.Equal("Accepted", await host.Database.ScalarAsync<string>("SELECT status FROM cancellation_case"));
        Assert.Equal(1, await host.DispatchAsync());

        var sent = Assert.Single(api.Requests);
        Assert.True(sent.Authorized);
        Assert.Equal(Mobile, sent.Form["To"]);
        Assert.Equal(TwilioForms.OurNumber, sent.Form["From"]);
        Assert.Equal("https://intake.example.nl/webhooks/twilio/status", sent.Form["StatusCallback"]);
        Assert.Contains(reference, sent.Form["Body"], StringComparison.Ordinal);
        var row = Assert.Single(await host.OutboundAsync(reference));
        Assert.Equal(("sent", "sms"), (row.Status, row.Channel));
        Assert.StartsWith("SM", row.ProviderId, StringComparison.Ordinal);

        var callback = await host.PostSignedAsync("/webhooks/twilio/status", TwilioForms.Status(row.ProviderId!, Mobile, "delivered"));
        Assert.Equal(HttpStatusCode.OK, callback.StatusCode);
        Assert.Equal("delivered", (await host.OutboundAsync(reference))[0].Status);
        // A late "sent" never moves a delivered reply back.
        await host.PostSignedAsync("/webhooks/twilio/status", TwilioForms.Status(row.ProviderId!, Mobile, "sent"));
        Assert.Equal("delivered", (await host.OutboundAsync(reference))[0].Status);
        Assert.Equal(1, await host.Database.ScalarAsync<long>("SELECT count(*) FROM case_event WHERE type = 'delivery_status'"));
    }

    [Fact]
    public async Task Undelivered_status_callback_records_twilios_error_code()
    {
        await using var api = await FakeTwilioApi.StartAsync();
        await using var host = await TwilioTestHost.StartAsync(api);
        await host.PostSignedAsync("/webhooks/twilio/sms", TwilioForms.Sms("SM2", Mobile, "Hierbij zeg ik mijn contract op"));
        await host.DispatchAsync();
        var reference = await host.Database.ScalarAsync<string>("SELECT reference FROM cancellation_case");
        var sid = (await host.OutboundAsync(reference))[0].ProviderId!;

        await host.PostSignedAsync("/webhooks/twilio/status", TwilioForms.Status(sid, Mobile, "undelivered", "30003"));

        var row = (await host.OutboundAsync(reference))[0];
        Assert.Equal("undelivered", row.Status);
        Assert.Contains("30003", row.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forged_or_unsigned_webhooks_get_403_and_nothing_is_stored()
    {
        await using var host = await TwilioTestHost.StartAsync(api: null);
        var fields = TwilioForms.Sms("SM3", Mobile, "Ik zeg op");

        var forged = await host.PostSignedAsync("/webhooks/twilio/sms", fields, signature: "AAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        var unsigned = await host.Http.PostAsync("/webhooks/twilio/sms", new FormUrlEncodedContent(fields));
        var otherToken = await host.PostSignedAsync("/webhooks/twilio/voice", TwilioForms.Call("CA3", Mobile),
            TwilioWebhookSigner.Sign("not-our-token", host.BaseUrl + "/webhooks/twilio/voice", TwilioForms.Call("CA3", Mobile)));

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherToken.StatusCode);
        Assert.Equal(0, await host.Database.ScalarAsync<long>("SELECT count(*) FROM raw_payload"));
        Assert.Equal(0, await host.Database.ScalarAsync<long>("SELECT count(*) FROM twilio_call"));
    }

    [Fact]
    public async Task A_replayed_webhook_is_taken_in_once_and_answered_the_same()
    {
        await using var host = await TwilioTestHost.StartAsync(api: null);
        var fields = TwilioForms.Sms("SM4", Mobile, "Ik zeg mijn abonnement op");

        var first = await (await host.PostSignedAsync("/webhooks/twilio/sms", fields)).Content.ReadAsStringAsync();
        var again = await (await host.PostSignedAsync("/webhooks/twilio/sms", fields)).Content.ReadAsStringAsync();

        Assert.Equal(first, again);
        Assert.Equal(1, await host.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message"));
        Assert.Equal(1, await host.Database.ScalarAsync<long>("SELECT count(*) FROM outbound_message"));
        // Both deliveries are kept raw (nothing is lost); the second is tied to the same message.
        Assert.Equal(1, await host.Database.ScalarAsync<long>("SELECT count(DISTINCT message_id) FROM raw_payload WHERE status = 'accepted'"));
    }

    [Fact]
    public async Task Unicode_and_emoji_text_arrive_exactly_as_sent()
    {
        await using var host = await TwilioTestHost.StartAsync(api: null);
        const string text = "Ik wil opzeggen 🙏 — groetjes, Zoë & Ümit + 100% zeker";

        var response = await host.PostSignedAsync("/webhooks/twilio/sms", TwilioForms.Sms("SM5", Mobile, text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(text, await host.Database.ScalarAsync<string>("SELECT body_text FROM inbound_message"));
        Assert.Equal("cancel", await host.Database.ScalarAsync<string>("SELECT intent FROM inbound_message"));
    }

    [Fact]
    public async Task A_national_number_is_stored_in_e164()
    {
        await using var host = await TwilioTestHost.StartAsync(api: null);
        await host.PostSignedAsync("/webhooks/twilio/sms", TwilioForms.Sms("SM6", "0612345678", "Ik zeg op"));
        Assert.Equal(Mobile, await host.Database.ScalarAsync<string>("SELECT sender_address FROM inbound_message"));
    }

    [Fact]
    public async Task A_payload_without_a_sender_is_kept_and_quarantined_not_lost()
    {
        await using var host = await TwilioTestHost.StartAsync(api: null);
        var fields = TwilioForms.Sms("SM7", Mobile, "Ik zeg op").Where(f => f.Key != "From").ToArray();

        var response = await host.PostSignedAsync("/webhooks/twilio/sms", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("quarantined", await host.Database.ScalarAsync<string>("SELECT status FROM raw_payload"));
    }
}
