namespace Intake.Channels.Twilio.Messaging;

/// <summary>
/// The one-word messages on which Twilio opts a number out of (or back into) SMS. Only a message that is exactly
/// one keyword counts; "cancel my contract" is a sentence, not an opt-out.
/// </summary>
internal static class SmsOptOutKeywords
{
    private static readonly HashSet<string> OptOut = new(StringComparer.OrdinalIgnoreCase)
        { "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT" };

    private static readonly HashSet<string> OptIn = new(StringComparer.OrdinalIgnoreCase) { "START", "YES", "UNSTOP" };

    /// <summary>True for an opt-out, false for an opt-in, null for any other text.</summary>
    public static bool? Classify(string? body, string? optOutType)
    {
        // With Advanced Opt-Out Twilio says so itself (and may know localised keywords we do not).
        if (string.Equals(optOutType, "STOP", StringComparison.OrdinalIgnoreCase)) return true;
        if (string.Equals(optOutType, "START", StringComparison.OrdinalIgnoreCase)) return false;
        var word = body?.Trim().TrimEnd('.', '!');
        if (string.IsNullOrEmpty(word)) return null;
        if (OptOut.Contains(word)) return true;
        if (OptIn.Contains(word)) return false;
        return null;
    }
}
