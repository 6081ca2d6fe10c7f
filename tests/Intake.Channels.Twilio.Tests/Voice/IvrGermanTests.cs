using Intake.Testing.Twilio;
using System.Globalization;
using Intake.Channels.Twilio.Tests.Fakes;
using Intake.Testing;

namespace Intake.Channels.Twilio.Tests.Voice;

/// <summary>The IVR offers German next to English, and a German call is German from the menu to the written confirmation.</summary>
public sealed class IvrGermanTests
{
    private const string Mobile = "+491701234567";

    [Fact]
    public async Task The_first_menu_offers_german_in_a_german_voice()
    {
        await using var host = await TwilioTestHost.StartAsync(api: null);
        var call = new IvrCall(host, "CA2000", Mobile);

        await call.StartAsync();

        var offer = Assert.Single(call.Twiml.Descendants("Say"), say => say.Value.Contains("Für Deutsch", StringComparison.Ordinal));
        Assert.Equal("Für Deutsch drücken Sie die 8.", offer.Value);
        Assert.Equal("de-DE", offer.Attribute("language")!.Value);
        Assert.Equal("Polly.Vicki", offer.Attribute("voice")!.Value);
        Assert.Contains("For English, press 9", call.Said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task German_caller_presses_8_cancels_by_keypad_and_gets_everything_in_german()
    {
        await using var api = await FakeTwilioApi.StartAsync();
        await using var host = await TwilioTestHost.StartAsync(api);
        await CustomerSeed.AddAsync(host.Database, "123456", phone: Mobile);
        var call = new IvrCall(host, "CA2001", Mobile);
        await call.StartAsync();

        await call.AnswerAsync("8");
        Assert.Equal("de-DE", call.Gather!.Attribute("language")!.Value);
        Assert.Equal(host.BaseUrl + "/webhooks/twilio/voice/menu?lang=de&n=0", call.Gather.Attribute("action")!.Value);
        Assert.Contains("Drücken Sie die 1 oder sagen Sie: kündigen", call.Said, StringComparison.Ordinal);
        Assert.DoesNotContain("Für Deutsch", call.Said, StringComparison.Ordinal);

        await call.AnswerAsync("1");
        Assert.Contains("Kundennummer", call.Said, StringComparison.Ordinal);
        Assert.Equal("weiß ich nicht", call.Gather!.Attribute("hints")!.Value);
        await call.AnswerAsync("123456");
        Assert.Contains("Sie haben eingegeben: 1 2 3 4 5 6", call.Said, StringComparison.Ordinal);
        await call.AnswerAsync("1");

        var (status, language, receivedAt) = (await host.Database.QueryAsync<(string, string, DateTime)>(
            "SELECT status, language, received_at FROM cancellation_case"))[0];
        Assert.Equal(("Accepted", "de"), (status, language));
        var local = TimeZoneInfo.ConvertTimeFromUtc(receivedAt, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"));
        var day = local.ToString("dddd, d. MMMM", CultureInfo.GetCultureInfo("de-DE"));
        Assert.Contains($"Ihre Kündigung ist am {day} um {local:HH:mm} Uhr bei uns eingegangen", call.Said, StringComparison.Ordinal);
        Assert.Contains("Auf Wiederhören", call.Said, StringComparison.Ordinal);
        Assert.True(call.HungUp);

        await host.DispatchAsync();
        var sms = Assert.Single(api.Requests);
        Assert.Contains("Kündigung erhalten", sms.Form["Body"], StringComparison.Ordinal);
        Assert.Equal("confirmation.sms.de", await host.Database.ScalarAsync<string>("SELECT template FROM outbound_message"));
    }

    [Fact]
    public async Task Saying_deutsch_in_the_first_menu_switches_to_german()
    {
        await using var host = await TwilioTestHost.StartAsync(api: null);
        var call = new IvrCall(host, "CA2002", Mobile);
        await call.StartAsync();

        await call.AnswerAsync(speech: "Deutsch bitte");

        Assert.Equal("de-DE", call.Gather!.Attribute("language")!.Value);
        Assert.Contains("Möchten Sie einen Vertrag kündigen?", call.Said, StringComparison.Ordinal);
    }
}
