namespace Intake.Channels.Twilio.Voice;

/// <summary>What Twilio puts in From when the caller withheld the number; these look like numbers but reach nobody.</summary>
internal static class WithheldNumbers
{
    private static readonly HashSet<string> Markers = new(StringComparer.OrdinalIgnoreCase)
    {
        "+266696687", "+7378742833", "+2562533", "+8656696", "anonymous", "restricted", "unknown", "private", "unavailable", "withheld",
    };

    public static bool IsWithheld(string? from) => string.IsNullOrWhiteSpace(from) || Markers.Contains(from.Trim());
}
