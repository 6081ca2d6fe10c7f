namespace Intake.Channels.Twitter.Polling;

/// <summary>X ids are decimal snowflakes that grow with time; compared as numbers of any length.</summary>
internal static class XIds
{
    public static int Compare(string a, string b) =>
        a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
}
