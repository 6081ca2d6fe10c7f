using System.Text.Json.Serialization;
using Intake.Core.Languages;

namespace Intake.Channels.Twilio.Voice;

/// <summary>What the IVR says and hears in one language, from channel-config/voice/{lang}.json.</summary>
internal sealed record VoicePrompts
{
    /// <summary>The text-to-speech voice (Twilio's basic voices speak no Dutch; Amazon Polly voices do).</summary>
    public string? Voice { get; init; }
    public required string SayLanguage { get; init; }
    public required string GatherLanguage { get; init; }
    /// <summary>The language code these prompts are in, set from the file name.</summary>
    [JsonIgnore] public string Language { get; init; } = SupportedLanguages.Default;
    /// <summary>The key that picks this language in the default language's menu; null for the default language itself.</summary>
    public string? MenuKey { get; init; }
    /// <summary>Said in this language after the default language's menu: "For English, press 9."</summary>
    public string? LanguageOffer { get; init; }
    /// <summary>Words a caller may say to choose this language ("English", "Engels").</summary>
    public IReadOnlyList<string> LanguageWords { get; init; } = [];
    /// <summary>Speech hints at the account number step ("don't know").</summary>
    public required string AccountHints { get; init; }
    public required string Welcome { get; init; }
    public required string Menu { get; init; }
    public required string MenuHints { get; init; }
    public required string NoInput { get; init; }
    public required string Invalid { get; init; }
    public required string AccountPrompt { get; init; }
    public required string AccountRead { get; init; }
    public required string AccountUnknown { get; init; }
    public required string ConfirmPrompt { get; init; }
    public required string Received { get; init; }
    public required string WrittenFollows { get; init; }
    public required string Unconfirmed { get; init; }
    public required string Callback { get; init; }
    public required string Other { get; init; }
    public required string Failed { get; init; }
    public required string Goodbye { get; init; }
    public required string TranscriptConfirmed { get; init; }
    public required string TranscriptUnconfirmed { get; init; }
    public required string TranscriptCallback { get; init; }
    public required string AccountLabel { get; init; }

    /// <summary>Fills {reference}, {date}, {time} and {digits}; the reference is spelled so a caller can write it down.</summary>
    public string Fill(string text, string? reference = null, DateTimeOffset? at = null, string? digits = null)
    {
        var culture = SupportedLanguages.CultureOf(Language);
        var local = at is { } a ? TimeZoneInfo.ConvertTime(a, VoiceClock.Amsterdam) : (DateTimeOffset?)null;
        return text
            .Replace("{reference}", reference is null ? "" : Spell(reference), StringComparison.Ordinal)
            .Replace("{date}", local?.ToString(SupportedLanguages.SpokenDateFormatOf(Language), culture) ?? "", StringComparison.Ordinal)
            .Replace("{time}", local?.ToString("HH:mm", culture) ?? "", StringComparison.Ordinal)
            .Replace("{digits}", digits is null ? "" : Spell(digits), StringComparison.Ordinal);
    }

    /// <summary>"C-2026-000123" becomes "C, 2 0 2 6, 0 0 0 1 2 3": every character read out, groups paused.</summary>
    public static string Spell(string value) =>
        string.Join(", ", value.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(part => string.Join(' ', part.ToCharArray())));
}
