using System.Globalization;
using System.Xml.Linq;
using Intake.Core.Languages;

namespace Intake.Channels.Twilio.Voice;

/// <summary>
/// The TwiML of each IVR screen. The state a step needs (language, attempt) travels in the action URL, which
/// Twilio signs along with the post, so no session is kept between steps.
/// </summary>
internal sealed class VoiceScreens(VoicePromptBook book, string baseUrl)
{
    public const int MaxAttempts = 3;

    public string Menu(string language, int attempt, bool welcome, string? before = null)
    {
        var say = book.For(language);
        var prompts = new List<XElement>();
        if (welcome) prompts.Add(Twiml.Say(say, say.Welcome));
        if (before is not null) prompts.Add(Twiml.Say(say, before));
        prompts.Add(Twiml.Say(say, say.Menu));
        if (language == SupportedLanguages.Default)
        {
            prompts.AddRange(book.Offered.Where(other => other.LanguageOffer is not null).Select(other => Twiml.Say(other, other.LanguageOffer!)));
        }
        return Twiml.Response(Twiml.Gather(Action(TwilioRoutes.VoiceMenu, language, attempt), "dtmf speech", say.GatherLanguage, 1, null,
            say.MenuHints, [.. prompts]));
    }

    public string Account(string language, int attempt, string? before = null)
    {
        var say = book.For(language);
        return Twiml.Response(Twiml.Gather(Action(TwilioRoutes.VoiceAccount, language, attempt), "dtmf speech", say.GatherLanguage, null, "#",
            say.AccountHints, [.. Prompts(say, before, say.AccountPrompt)]));
    }

    public string Confirm(string language, int attempt, string? before = null)
    {
        var say = book.For(language);
        return Twiml.Response(Twiml.Gather(Action(TwilioRoutes.VoiceConfirm, language, attempt), "dtmf", say.GatherLanguage, 1, null, null,
            [.. Prompts(say, before, say.ConfirmPrompt)]));
    }

    /// <summary>Says the lines and hangs up.</summary>
    public string Farewell(string language, params string[] lines)
    {
        var say = book.For(language);
        return Twiml.Response([.. lines.Select(line => Twiml.Say(say, line)), Twiml.Say(say, say.Goodbye), Twiml.Hangup()]);
    }

    private static IEnumerable<XElement> Prompts(VoicePrompts say, string? before, string prompt)
    {
        if (before is not null) yield return Twiml.Say(say, before);
        yield return Twiml.Say(say, prompt);
    }

    private string Action(string route, string language, int attempt) =>
        string.Create(CultureInfo.InvariantCulture, $"{baseUrl.TrimEnd('/')}{route}?lang={language}&n={attempt}");
}
