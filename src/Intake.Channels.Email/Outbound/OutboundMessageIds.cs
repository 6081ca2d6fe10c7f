using System.Globalization;
using System.Text.RegularExpressions;

namespace Intake.Channels.Email.Outbound;

/// <summary>
/// Our Message-Ids: one per outbound row, deterministic (o{id}.{case reference}@{domain}), so a re-send after a
/// crash carries the same id and a reply or bounce names its case.
/// </summary>
internal static partial class OutboundMessageIds
{
    public static string For(long outboundId, string caseReference, string domain) =>
        string.Create(CultureInfo.InvariantCulture, $"o{outboundId}.{caseReference}@{domain}");

    public static bool IsOurs(string messageId) => Pattern().IsMatch(messageId.Trim('<', '>'));

    /// <summary>The case reference inside one of our Message-Ids, or null.</summary>
    public static string? CaseReference(string messageId) =>
        Pattern().Match(messageId.Trim('<', '>')) is { Success: true } m ? m.Groups["reference"].Value : null;

    [GeneratedRegex(@"^o\d+\.(?<reference>C-\d{4}-\d{6,})@", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
