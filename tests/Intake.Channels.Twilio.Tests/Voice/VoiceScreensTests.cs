using System.Xml.Linq;
using Intake.Channels.Twilio.Voice;

namespace Intake.Channels.Twilio.Tests.Voice;

/// <summary>The IVR's TwiML as the official library writes it: well-formed, Twilio's verbs and attributes, our prompts inside.</summary>
public sealed class VoiceScreensTests
{
    private const string Base = "https://intake.example.nl";
    private static readonly VoicePromptBook Book = VoicePromptBook.FromConfig(null);
    private static readonly VoiceScreens Screens = new(Book, Base + "/");

    [Fact]
    public void The_first_menu_gathers_keys_and_speech_and_says_the_welcome_menu_and_language_offers()
    {
        var twiml = XDocument.Parse(Screens.Menu("nl", 0, welcome: true));

        Assert.Equal("Response", twiml.Root!.Name.LocalName);
        var gather = Assert.Single(twiml.Root.Elements());
        Assert.Equal("Gather", gather.Name.LocalName);
        Assert.Equal(Base + "/webhooks/twilio/voice/menu?lang=nl&n=0", gather.Attribute("action")!.Value);
        Assert.Equal(("dtmf speech", "POST", "1", "true", "auto", "6"), (gather.Attribute("input")!.Value, gather.Attribute("method")!.Value,
            gather.Attribute("numDigits")!.Value, gather.Attribute("actionOnEmptyResult")!.Value, gather.Attribute("speechTimeout")!.Value,
            gather.Attribute("timeout")!.Value));
        var said = gather.Elements("Say").Select(s => s.Value).ToList();
        var nl = Book.For("nl");
        Assert.Equal([nl.Welcome, nl.Menu, .. Book.Offered.Select(p => p.LanguageOffer!)], said);
        Assert.All(gather.Elements("Say"), say => Assert.NotNull(say.Attribute("language")));
        Assert.Equal(nl.Voice, gather.Elements("Say").First().Attribute("voice")?.Value);
    }

    [Fact]
    public void The_account_step_finishes_on_hash_and_the_confirm_step_takes_keys_only()
    {
        var account = XDocument.Parse(Screens.Account("en", 1, before: "Sorry")).Descendants("Gather").Single();
        Assert.Equal(("#", Base + "/webhooks/twilio/voice/account?lang=en&n=1"), (account.Attribute("finishOnKey")!.Value, account.Attribute("action")!.Value));
        Assert.Equal(["Sorry", Book.For("en").AccountPrompt], account.Elements("Say").Select(s => s.Value));

        var confirm = XDocument.Parse(Screens.Confirm("de", 0)).Descendants("Gather").Single();
        Assert.Equal("dtmf", confirm.Attribute("input")!.Value);
        Assert.Null(confirm.Attribute("speechTimeout"));
        Assert.Equal(Book.For("de").ConfirmPrompt, confirm.Element("Say")!.Value);
    }

    [Fact]
    public void A_farewell_says_its_lines_and_goodbye_then_hangs_up_with_text_escaped()
    {
        var twiml = XDocument.Parse(Screens.Farewell("nl", "Referentie C-2026-000001 & <ontvangen>"));

        var verbs = twiml.Root!.Elements().ToList();
        Assert.Equal(["Say", "Say", "Hangup"], verbs.Select(v => v.Name.LocalName));
        Assert.Equal("Referentie C-2026-000001 & <ontvangen>", verbs[0].Value);
        Assert.Equal(Book.For("nl").Goodbye, verbs[1].Value);
    }
}
