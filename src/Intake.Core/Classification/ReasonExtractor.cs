using Intake.Core.Model;

namespace Intake.Core.Classification;

/// <summary>Picks the reason a customer gives for leaving from the reason cues found in the message.</summary>
internal static class ReasonExtractor
{
    /// <summary>Most specific first: a death explains everything after it; a cheaper competitor is about price.</summary>
    private static readonly string[] Priority =
    [
        ReasonCodes.Deceased, ReasonCodes.Moving, ReasonCodes.Price, ReasonCodes.Service,
        ReasonCodes.Competitor, ReasonCodes.NoLongerNeeded, ReasonCodes.Other,
    ];

    public static string? Extract(CueScan scan, string language)
    {
        var codes = scan.Of(CueCategory.Reason).Select(h => h.Label).ToHashSet(StringComparer.Ordinal);
        foreach (var code in Priority)
        {
            if (codes.Contains(code))
            {
                return code;
            }
        }

        // "omdat ..." with nothing we recognise still is a reason; staff read it in the text.
        return scan.Of(CueCategory.ReasonMarker).Any(h => h.Match.Pattern.Language == language) ? ReasonCodes.Other : null;
    }
}
