namespace Intake.Channels.Twilio.Sending;

/// <summary>
/// How many SMS segments a text takes: GSM-7 (160 septets, 153 per part when split; extension characters count two)
/// unless one character is outside it, then UCS-2 (70 UTF-16 units, 67 per part).
/// </summary>
internal static class SmsSegments
{
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private const string Extension = "^{}\\[~]|€\f";

    public static bool IsGsm7(string text) => text.All(c => Basic.Contains(c, StringComparison.Ordinal) || Extension.Contains(c, StringComparison.Ordinal));

    /// <summary>Length in the encoding's units: septets for GSM-7, UTF-16 code units for UCS-2.</summary>
    public static int Units(string text) =>
        IsGsm7(text) ? text.Sum(c => Extension.Contains(c, StringComparison.Ordinal) ? 2 : 1) : text.Length;

    public static int Count(string text)
    {
        var gsm = IsGsm7(text);
        var units = Units(text);
        var single = gsm ? 160 : 70;
        var part = gsm ? 153 : 67;
        return units <= single ? 1 : (units + part - 1) / part;
    }

    /// <summary>
    /// The text cut to <paramref name="maxSegments"/> at a word boundary, never mid-word. Templates put the reference
    /// and receipt time first, so they always survive the cut.
    /// </summary>
    public static string Fit(string text, int maxSegments)
    {
        if (Count(text) <= maxSegments) return text;
        const string ellipsis = "...";
        var words = text.Split(' ');
        var kept = words[0];
        foreach (var word in words.Skip(1))
        {
            var candidate = kept + " " + word;
            if (Count(candidate + ellipsis) > maxSegments) break;
            kept = candidate;
        }
        return kept.TrimEnd(',', ';', ':') + ellipsis;
    }
}
