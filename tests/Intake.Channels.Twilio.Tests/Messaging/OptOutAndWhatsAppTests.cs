using Intake.Channels.Twilio.Tests.Fakes;
using Intake.Testing;
using Intake.Testing.Twilio;
using Microsoft.Extensions.Time.Testing;

namespace Intake.Channels.Twilio.Tests.Messaging;

public sealed class OptOutAndWhatsAppTests
{
    private const string Mobile = "+31612345678";

    [Theory]
    [InlineData("STOP")]
    [InlineData("cancel")]
    [InlineData(" Unsubscribe ")]
    [InlineData("QUIT")]
    public async Task A_one_word_opt_out_goes_to_review_and_is_confirmed_by_email_never_by_sms(string keyword)
    {
        await using var api = await FakeTwilioApi.StartAsync();
        await using var host = await TwilioTestHost.StartAsync(api);
        await CustomerSeed.AddAsync(host.Database, "NL3001", email: "piet@example.nl", phone: Mobile);

        await host.PostSignedAsync("/webhooks/twilio/sms", TwilioForms.Sms("SM200", Mobile, keyword));
        await host.DispatchAsync();

        Assert.Equal("unclear", await host.Database.ScalarAsync<string>("SELECT intent FROM inbound_message"));
        Assert.Equal("NeedsReview", await host.Database.ScalarAsync<string>("SELECT status FROM cancellation_case"));
        Assert.True(await host.Database.ScalarAsync<bool>("SELECT opted_out FROM twilio_sms_opt_out WHERE phone = @Mobile", new { Mobile }));
        var reference = await host.Database.ScalarAsync<string>("SELECT reference FROM cancellation_case");
        var rows = await host.OutboundAsync(reference);
        Assert.Equal("suppressed", Assert.Single(rows, r => r.Channel == "sms").Status);
        Assert.Equal("piet@example.nl", Assert.Single(rows, r => r.Channel == "email").Recipient);
        Assert.Empty(api.Requests);
    }

    [Fact]
    public async Task A_sentence_with_cancel_is_an_ordinary_cancellation_and_no_opt_out()
    {
        await using var host = await TwilioTestHost.StartAsync(api: null);
        await host.PostSignedAsync("/webhooks/twilio/sms", TwilioForms.Sms("SM201", Mobile, "cancel my contract"));

        Assert.Equal("cancel", await host.Database.ScalarAsync<string>("SELECT intent FROM inbound_message"));
        Assert.Equal(0, await host.Database.ScalarAsync<long>("SELECT count(*) FROM twilio_sms_opt_out"));
    }

    [Fact]
    public async Task Start_after_stop_opts_the_number_back_in()
    {
        await using var api = await FakeTwilioApi.StartAsync();
        await using var host = await TwilioTestHost.StartAsync(api);
        await host.PostSignedAsync("/webhooks/twilio/sms", TwilioForms.Sms("SM202", Mobile, "STOP"));
        await host.PostSignedAsync("/webhooks/twilio/sms", TwilioForms.Sms("SM203", Mobile, "START"));
        await host.PostSignedAsync("/webhooks/twilio/sms", TwilioForms.Sms("SM204", "+31687654321", "Ik zeg op"));

        Assert.False(await host.Database.ScalarAsync<bool>("SELECT opted_out FROM twilio_sms_opt_out WHERE phone = @Mobile", new { Mobile }));
    }

    [Fact]
    public async Task Whatsapp_is_its_own_channel_and_is_confirmed_on_whatsapp()
    {
        await using var api = await FakeTwilioApi.StartAsync();
        await using var host = await TwilioTestHost.StartAsync(api);

        await host.PostSignedAsync("/webhooks/twilio/sms", TwilioForms.Sms("SM300", "whatsapp:" + Mobile, "Ik wil mijn abonnement opzeggen", profileName: "Anna"));
        await host.DispatchAsync();

        Assert.Equal(("whatsapp", Mobile), (await host.Database.QueryAsync<(string, string)>("SELECT channel, sender_address FROM inbound_message"))[0]);
        var request = Assert.Single(api.Requests);
        Assert.Equal("whatsapp:" + Mobile, request.Form["To"]);
        Assert.Equal("whatsapp:" + TwilioForms.OurNumber, request.Form["From"]);
        Assert.True(request.Form.ContainsKey("Body"));
    }

    [Fact]
    public async Task Whatsapp_outside_the_24_hour_window_uses_the_approved_template()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var api = await FakeTwilioApi.StartAsync();
        await using var host = await TwilioTestHost.StartAsync(api, time, new Dictionary<string, string?> { ["Intake:Twilio:WhatsAppContentSid"] = "HX0001" });
        await host.PostSignedAsync("/webhooks/twilio/sms", TwilioForms.Sms("SM301", "whatsapp:" + Mobile, "Ik wil mijn abonnement opzeggen"));
        time.Advance(TimeSpan.FromHours(25));

        await host.DispatchAsync();

        var request = Assert.Single(api.Requests);
        Assert.Equal("HX0001", request.Form["ContentSid"]);
        Assert.Contains(await host.Database.ScalarAsync<string>("SELECT reference FROM cancellation_case"), request.Form["ContentVariables"], StringComparison.Ordinal);
        Assert.False(request.Form.ContainsKey("Body"));
    }

    [Fact]
    public async Task Whatsapp_outside_the_window_without_a_template_goes_by_email_on_file()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var api = await FakeTwilioApi.StartAsync();
        await using var host = await TwilioTestHost.StartAsync(api, time);
        await CustomerSeed.AddAsync(host.Database, "NL3002", email: "joke@example.nl", phone: Mobile);
        await host.PostSignedAsync("/webhooks/twilio/sms", TwilioForms.Sms("SM302", "whatsapp:" + Mobile, "Ik wil mijn abonnement opzeggen"));
        time.Advance(TimeSpan.FromHours(25));

        await host.DispatchAsync();

        Assert.Empty(api.Requests);
        var rows = await host.OutboundAsync(await host.Database.ScalarAsync<string>("SELECT reference FROM cancellation_case"));
        Assert.Contains("63016", Assert.Single(rows, r => r.Channel == "whatsapp").LastError, StringComparison.Ordinal);
        Assert.Single(rows, r => r.Channel == "email" && r.Recipient == "joke@example.nl");
    }
}
