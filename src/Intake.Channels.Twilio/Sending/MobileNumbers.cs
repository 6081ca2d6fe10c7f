namespace Intake.Channels.Twilio.Sending;

/// <summary>
/// Tells numbers that certainly cannot take an SMS (Dutch, Belgian, German fixed lines) from the rest; numbers of
/// other countries are tried, and Twilio's 21614 sends them to the fallback.
/// </summary>
internal static class MobileNumbers
{
    public static bool MayTakeSms(string e164)
    {
        if (e164.StartsWith("+31", StringComparison.Ordinal))
            return e164.StartsWith("+316", StringComparison.Ordinal) && !e164.StartsWith("+3166", StringComparison.Ordinal);
        if (e164.StartsWith("+32", StringComparison.Ordinal))
            return e164.Length == 12 && e164[3] == '4' && e164[4] is >= '5' and <= '9';
        if (e164.StartsWith("+49", StringComparison.Ordinal))
            return e164.StartsWith("+4915", StringComparison.Ordinal) || e164.StartsWith("+4916", StringComparison.Ordinal)
                || e164.StartsWith("+4917", StringComparison.Ordinal);
        return true;
    }
}
