using System.Globalization;
using System.Xml.Linq;

namespace Intake.Channels.Twilio.Voice;

/// <summary>Builds TwiML documents; XElement escapes whatever text goes in.</summary>
internal static class Twiml
{
    public const string ContentType = "text/xml; charset=utf-8";

    public static string Response(params XElement?[] verbs) =>
        new XDeclaration("1.0", "UTF-8", null) + "\n" + new XElement("Response", verbs.Where(v => v is not null)).ToString(SaveOptions.DisableFormatting);

    public static string Empty() => Response();

    public static XElement Say(VoicePrompts prompts, string text)
    {
        var say = new XElement("Say", new XAttribute("language", prompts.SayLanguage), text);
        if (!string.IsNullOrWhiteSpace(prompts.Voice)) say.Add(new XAttribute("voice", prompts.Voice));
        return say;
    }

    /// <summary>A Gather that posts its result (also an empty one, for silence) to <paramref name="action"/>.</summary>
    public static XElement Gather(string action, string input, string language, int? numDigits, string? finishOnKey, string? hints, params XElement[] prompts)
    {
        var gather = new XElement("Gather",
            new XAttribute("input", input), new XAttribute("action", action), new XAttribute("method", "POST"),
            new XAttribute("language", language), new XAttribute("timeout", "6"), new XAttribute("actionOnEmptyResult", "true"));
        if (input.Contains("speech", StringComparison.Ordinal)) gather.Add(new XAttribute("speechTimeout", "auto"));
        if (numDigits is { } n) gather.Add(new XAttribute("numDigits", n.ToString(CultureInfo.InvariantCulture)));
        if (finishOnKey is not null) gather.Add(new XAttribute("finishOnKey", finishOnKey));
        if (hints is not null) gather.Add(new XAttribute("hints", hints));
        gather.Add(prompts);
        return gather;
    }

    public static XElement Hangup() => new("Hangup");
}
