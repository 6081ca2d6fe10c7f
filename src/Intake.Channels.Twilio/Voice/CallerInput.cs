using Intake.Core.Classification;
using Intake.Core.Model;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Channels.Twilio.Voice;

/// <summary>Reads what a caller pressed or said at a step: a key, digits, or words matched to a menu key.</summary>
internal sealed class CallerInput(IIntentClassifier classifier, VoicePromptBook book)
{
    private static readonly string[] CallbackWords = ["terugbel", "bel me terug", "bel mij terug", "call back", "callback", "call me", "rückruf", "zurückrufen", "ruf mich an", "rufen sie mich an"];
    private static readonly string[] OtherWords = ["iets anders", "anders", "something else", "other", "etwas anderes", "sonstiges"];
    private static readonly string[] UnknownWords = ["weet ik niet", "weet niet", "geen idee", "don't know", "do not know", "dont know", "no idea", "weiß ich nicht", "weiss ich nicht", "keine ahnung"];

    /// <summary>The menu key chosen: "0", "1", "2" or a language's key; "" for silence; null for anything else.</summary>
    public string? MenuKey(string? digits, string? speech, DateTimeOffset at)
    {
        if (!string.IsNullOrEmpty(digits)) return digits[..1] is "0" or "1" or "2" || book.LanguageChosenBy(digits[..1]) is not null ? digits[..1] : null;
        if (string.IsNullOrWhiteSpace(speech)) return "";
        var words = speech.Trim();
        if (book.KeyOfNamedLanguage(words) is { } languageKey) return languageKey;
        if (CallbackWords.Any(w => words.Contains(w, StringComparison.OrdinalIgnoreCase))) return "2";
        // "Ik wil opzeggen", "cancel my contract": the same classifier as every other channel decides.
        if (classifier.Classify(new IntakeText(words, ChannelValues.Voice, at)).Intent is Intents.Cancel or Intents.Unclear) return "1";
        if (OtherWords.Any(w => words.Contains(w, StringComparison.OrdinalIgnoreCase))) return "0";
        return null;
    }

    /// <summary>An account number (digits), "" for "don't know" (star key or words), null for silence or nonsense.</summary>
    public static string? AccountNumber(string? digits, string? speech, out bool silent)
    {
        silent = string.IsNullOrEmpty(digits) && string.IsNullOrWhiteSpace(speech);
        var keyed = digits?.Trim('#') ?? "";
        if (keyed.Contains('*', StringComparison.Ordinal)) return "";
        if (keyed.Length > 0) return keyed.Length is >= 4 and <= 16 && keyed.All(char.IsAsciiDigit) ? keyed : null;
        if (string.IsNullOrWhiteSpace(speech)) return null;
        if (UnknownWords.Any(w => speech.Contains(w, StringComparison.OrdinalIgnoreCase))) return "";
        var spoken = new string([.. speech.Where(char.IsAsciiDigit)]);
        return spoken.Length is >= 4 and <= 16 ? spoken : null;
    }
}
