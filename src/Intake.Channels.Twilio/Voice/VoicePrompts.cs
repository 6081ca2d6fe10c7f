using System.Globalization;

namespace Intake.Channels.Twilio.Voice;

/// <summary>What the IVR says and hears in one language, from channel-config/voice/{lang}.json.</summary>
internal sealed record VoicePrompts
{
    /// <summary>The text-to-speech voice (Twilio's basic voices speak no Dutch; Amazon Polly voices do).</summary>
    public string? Voice { get; init; }
    public required string SayLanguage { get; init; }
    public required string GatherLanguage { get; init; }
    public required string Culture { get; init; }
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
        var culture = CultureInfo.GetCultureInfo(Culture);
        var local = at is { } a ? TimeZoneInfo.ConvertTime(a, VoiceClock.Amsterdam) : (DateTimeOffset?)null;
        return text
            .Replace("{reference}", reference is null ? "" : Spell(reference), StringComparison.Ordinal)
            .Replace("{date}", local?.ToString("dddd d MMMM", culture) ?? "", StringComparison.Ordinal)
            .Replace("{time}", local?.ToString("HH:mm", culture) ?? "", StringComparison.Ordinal)
            .Replace("{digits}", digits is null ? "" : Spell(digits), StringComparison.Ordinal);
    }

    /// <summary>"C-2026-000123" becomes "C, 2 0 2 6, 0 0 0 1 2 3": every character read out, groups paused.</summary>
    public static string Spell(string value) =>
        string.Join(", ", value.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(part => string.Join(' ', part.ToCharArray())));
}
