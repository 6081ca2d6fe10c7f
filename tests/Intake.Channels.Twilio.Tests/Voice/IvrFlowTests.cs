using Intake.Channels.Twilio.Tests.Fakes;
using Intake.Testing;
using Intake.Testing.Twilio;

namespace Intake.Channels.Twilio.Tests.Voice;

/// <summary>The IVR as a sequence of signed webhook posts, checking the TwiML Twilio gets back at each step.</summary>
public sealed class IvrFlowTests
{
    private const string Mobile = "+31612345678";

    [Fact]
    public async Task Dutch_caller_cancels_by_keypad_and_hears_the_reference_and_receipt_time()
    {
        await using var api = await FakeTwilioApi.StartAsync();
        await using var host = await TwilioTestHost.StartAsync(api);
        await CustomerSeed.AddAsync(host.Database, "123456", phone: Mobile);
        var call = new IvrCall(host, "CA1000", Mobile);

        await call.StartAsync();
        Assert.Equal("dtmf speech", call.Gather!.Attribute("input")!.Value);
        Assert.Equal("nl-NL", call.Gather.Attribute("language")!.Value);
        Assert.Equal(host.BaseUrl + "/webhooks/twilio/voice/menu?lang=nl&n=0", call.Gather.Attribute("action")!.Value);
        Assert.Contains("Welkom", call.Said, StringComparison.Ordinal);
        Assert.Contains("For English, press 9", call.Said, StringComparison.Ordinal);

        await call.AnswerAsync("1");
        Assert.Contains("klantnummer", call.Said, StringComparison.Ordinal);
        Assert.Equal("#", call.Gather!.Attribute("finishOnKey")!.Value);
        Assert.Equal(0, await host.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message"));

        await call.AnswerAsync("123456");
        Assert.Contains("1 2 3 4 5 6", call.Said, StringComparison.Ordinal);
        Assert.Contains("Toets 1 om uw opzegging te bevestigen", call.Said, StringComparison.Ordinal);

        await call.AnswerAsync("1");
        var (reference, status, receivedAt) = (await host.Database.QueryAsync<(string, string, DateTime)>(
            "SELECT reference, status, received_at FROM cancellation_case"))[0];
        Assert.Equal("Accepted", status);
        Assert.Contains(string.Join(" ", reference.Split('-')[2].ToCharArray()), call.Said, StringComparison.Ordinal);
        var local = TimeZoneInfo.ConvertTimeFromUtc(receivedAt, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"));
        Assert.Contains(local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), call.Said, StringComparison.Ordinal);
        Assert.True(call.HungUp);

        var message = (await host.Database.QueryAsync<(string Channel, string ProviderMessageId, string Sender, DateTime ReceivedAt)>(
            "SELECT channel, provider_message_id, sender_address, received_at FROM inbound_message"))[0];
        Assert.Equal(("voice", "CA1000", Mobile), (message.Channel, message.ProviderMessageId, message.Sender));
        Assert.Equal(await host.Database.ScalarAsync<DateTime>("SELECT declared_at FROM twilio_call"), message.ReceivedAt);
        // Every step post is kept raw and tied to the one message.
        Assert.Equal(0, await host.Database.ScalarAsync<long>("SELECT count(*) FROM raw_payload WHERE status <> 'accepted'"));

        await host.DispatchAsync();
        var sms = Assert.Single(api.Requests);
        Assert.Equal(Mobile, sms.Form["To"]);
        Assert.Contains(reference, sms.Form["Body"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Key_9_switches_to_english_and_speech_can_choose()
    {
        await using var host = await TwilioTestHost.StartAsync(api: null);
        var call = new IvrCall(host, "CA1001", Mobile);
        await call.StartAsync();

        await call.AnswerAsync("9");
        Assert.Equal("en-GB", call.Gather!.Attribute("language")!.Value);
        Assert.Contains("To cancel a contract, press 1", call.Said, StringComparison.Ordinal);

        await call.AnswerAsync(speech: "I want to cancel my contract");
        Assert.Contains("account number", call.Said, StringComparison.Ordinal);
        await call.AnswerAsync(speech: "I don't know");
        Assert.Contains("look you up by your phone number", call.Said, StringComparison.Ordinal);
        await call.AnswerAsync("1");

        Assert.Contains("Your cancellation was received on", call.Said, StringComparison.Ordinal);
        Assert.Equal("en", await host.Database.ScalarAsync<string>("SELECT language FROM cancellation_case"));
        Assert.Equal("NeedsIdentification", await host.Database.ScalarAsync<string>("SELECT status FROM cancellation_case"));
    }

    [Fact]
    public async Task Silence_and_invalid_keys_are_prompted_again_and_then_the_call_ends_politely()
    {
        await using var host = await TwilioTestHost.StartAsync(api: null);
        var call = new IvrCall(host, "CA1002", Mobile);
        await call.StartAsync();

        await call.AnswerAsync();
        Assert.Contains("Ik heb niets gehoord", call.Said, StringComparison.Ordinal);
        await call.AnswerAsync("7");
        Assert.Contains("niet begrepen", call.Said, StringComparison.Ordinal);
        await call.AnswerAsync();

        Assert.True(call.HungUp);
        Assert.Null(call.Gather);
        Assert.Equal(0, await host.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message"));
    }

    [Fact]
    public async Task A_wrong_account_number_can_be_keyed_again()
    {
        await using var host = await TwilioTestHost.StartAsync(api: null);
        await CustomerSeed.AddAsync(host.Database, "654321", email: "kees@example.nl");
        var call = new IvrCall(host, "CA1003", Mobile);
        await call.StartAsync();
        await call.AnswerAsync("1");
        await call.AnswerAsync("12");
        Assert.Contains("niet begrepen", call.Said, StringComparison.Ordinal);
        await call.AnswerAsync("111111");
        await call.AnswerAsync("2");
        Assert.Contains("klantnummer", call.Said, StringComparison.Ordinal);
        await call.AnswerAsync("654321#");
        await call.AnswerAsync("1");

        Assert.Equal("654321", await host.Database.ScalarAsync<string>("SELECT account_number FROM twilio_call"));
        Assert.Equal("Accepted", await host.Database.ScalarAsync<string>("SELECT status FROM cancellation_case"));
        Assert.Contains("Klantnummer: 654321", await host.Database.ScalarAsync<string>("SELECT body_text FROM inbound_message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retried_confirmation_gets_the_same_answer_and_one_message()
    {
        await using var host = await TwilioTestHost.StartAsync(api: null);
        var call = new IvrCall(host, "CA1004", Mobile);
        await call.StartAsync();
        await call.AnswerAsync("1");
        await call.AnswerAsync("*");
        var confirmUrl = call.Gather!.Attribute("action")!.Value[host.BaseUrl.Length..];

        var first = (await call.PostAsync(confirmUrl, TwilioForms.Call("CA1004", Mobile, "1"))).ToString();
        var retried = (await call.PostAsync(confirmUrl, TwilioForms.Call("CA1004", Mobile, "1"))).ToString();

        Assert.Equal(first, retried);
        Assert.Equal(1, await host.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message"));
        Assert.Equal(1, await host.Database.ScalarAsync<long>("SELECT count(*) FROM cancellation_case"));
    }
}
