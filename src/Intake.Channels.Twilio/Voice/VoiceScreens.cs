using System.Globalization;
using System.Xml.Linq;
using Intake.Core.Languages;
using Twilio.TwiML;
using Twilio.TwiML.Voice;
using TwilioHttpMethod = Twilio.Http.HttpMethod;

namespace Intake.Channels.Twilio.Voice;

/// <summary>
/// The TwiML of each IVR screen, built with the official library's <see cref="VoiceResponse"/>. The state a step
/// needs (language, attempt) travels in the action URL, which Twilio signs along with the post, so no session is
/// kept between steps.
/// </summary>
internal sealed class VoiceScreens(VoicePromptBook book, string baseUrl)
{
    public const int MaxAttempts = 3;
    private static readonly Gather.InputEnum[] KeysAndSpeech = [Gather.InputEnum.Dtmf, Gather.InputEnum.Speech];
    private static readonly Gather.InputEnum[] KeysOnly = [Gather.InputEnum.Dtmf];

    public string Menu(string language, int attempt, bool welcome, string? before = null)
    {
        var say = book.For(language);
        var prompts = new List<Say>();
        if (welcome) prompts.Add(Line(say, say.Welcome));
        if (before is not null) prompts.Add(Line(say, before));
        prompts.Add(Line(say, say.Menu));
        if (language == SupportedLanguages.Default)
        {
            prompts.AddRange(book.Offered.Where(other => other.LanguageOffer is not null).Select(other => Line(other, other.LanguageOffer!)));
        }
        return Render(Ask(TwilioRoutes.VoiceMenu, language, attempt, KeysAndSpeech, say.GatherLanguage, 1, null, say.MenuHints, prompts));
    }

    public string Account(string language, int attempt, string? before = null)
    {
        var say = book.For(language);
        return Render(Ask(TwilioRoutes.VoiceAccount, language, attempt, KeysAndSpeech, say.GatherLanguage, null, "#", say.AccountHints,
            Prompts(say, before, say.AccountPrompt)));
    }

    public string Confirm(string language, int attempt, string? before = null)
    {
        var say = book.For(language);
        return Render(Ask(TwilioRoutes.VoiceConfirm, language, attempt, KeysOnly, say.GatherLanguage, 1, null, null,
            Prompts(say, before, say.ConfirmPrompt)));
    }

    /// <summary>Says the lines and hangs up.</summary>
    public string Farewell(string language, params string[] lines)
    {
        var say = book.For(language);
        var response = new VoiceResponse();
        foreach (var line in lines) response.Append(Line(say, line));
        return Render(response.Append(Line(say, say.Goodbye)).Hangup());
    }

    private static string Render(TwiML twiml) => twiml.ToString(SaveOptions.DisableFormatting);

    private static Say Line(VoicePrompts prompts, string text) =>
        // The library writes an attribute for any voice object, also one made from an empty string.
        string.IsNullOrWhiteSpace(prompts.Voice)
            ? new Say(text, language: prompts.SayLanguage)
            : new Say(text, voice: prompts.Voice, language: prompts.SayLanguage);

    private static IEnumerable<Say> Prompts(VoicePrompts say, string? before, string prompt)
    {
        if (before is not null) yield return Line(say, before);
        yield return Line(say, prompt);
    }

    /// <summary>A Gather that posts its result (also an empty one, for silence) to the step's action URL.</summary>
    private VoiceResponse Ask(string route, string language, int attempt, Gather.InputEnum[] input, string gatherLanguage,
        int? numDigits, string? finishOnKey, string? hints, IEnumerable<Say> prompts)
    {
        var gather = new Gather(
            input: [.. input], action: new Uri(Action(route, language, attempt)), method: TwilioHttpMethod.Post, language: gatherLanguage,
            timeout: 6, actionOnEmptyResult: true, speechTimeout: input.Contains(Gather.InputEnum.Speech) ? "auto" : null,
            numDigits: numDigits, finishOnKey: finishOnKey, hints: hints);
        foreach (var prompt in prompts) gather.Append(prompt);
        return new VoiceResponse().Append(gather);
    }

    private string Action(string route, string language, int attempt) =>
        string.Create(CultureInfo.InvariantCulture, $"{baseUrl.TrimEnd('/')}{route}?lang={language}&n={attempt}");
}
