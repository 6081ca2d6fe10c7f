namespace Intake.Core.Classification;

/// <summary>
/// One word position of a phrase pattern, with how many other words may come before it and whether that gap may cross
/// one clause break (a German infinitive after its comma: "gebeten, meinen Vertrag zu kündigen").
/// </summary>
internal sealed record PatternSlot(IReadOnlyList<WordAlternative> Alternatives, int MaxGapBefore, string Label, bool GapCrossesClause = false)
{
    /// <summary>The whole words of the slot, looked up at once; a named set has a hundred of them.</summary>
    private readonly HashSet<string> words = Alternatives.Where(a => !a.Prefix && !a.Suffix).Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
    private readonly WordAlternative[] affixes = Alternatives.Where(a => a.Prefix || a.Suffix).ToArray();
    private readonly WordAlternative[] typoTolerant = Alternatives
        .Where(a => !a.Suffix && a.Key.Length >= (Alternatives.Count == 1 || Label.StartsWith('{') ? WordAlternative.MinimumTypoLength : MinimumFormTypoLength))
        .ToArray();

    /// <summary>
    /// "stop|stoppen|stopt" lists the forms of a verb, and a slip that lands between short forms is more likely another
    /// word ("stopped"); a long form ("opgezegd", "cancelled") is still forgiven a slip ("opgezegt", "cancled").
    /// </summary>
    private const int MinimumFormTypoLength = 7;

    public bool AllowsTypos => typoTolerant.Length > 0;

    public WordMatch Match(string tokenKey, bool allowTypo, IReadOnlySet<string> typoExclusions)
    {
        if (words.Contains(tokenKey) || AnyMatches(affixes, tokenKey, allowTypo: false, typoExclusions, WordMatch.Exact))
        {
            return WordMatch.Exact;
        }

        if (!allowTypo || !AllowsTypos || tokenKey.Length < WordAlternative.MinimumTypoLength - 1 || typoExclusions.Contains(tokenKey))
        {
            return WordMatch.None;
        }

        return AnyMatches(typoTolerant, tokenKey, allowTypo: true, typoExclusions, WordMatch.Typo) ? WordMatch.Typo : WordMatch.None;
    }

    /// <summary>A plain loop rather than LINQ: this runs for every candidate token, and a lambda would allocate each time.</summary>
    private static bool AnyMatches(WordAlternative[] alternatives, string tokenKey, bool allowTypo, IReadOnlySet<string> typoExclusions, WordMatch wanted)
    {
        foreach (var alternative in alternatives)
        {
            if (alternative.Match(tokenKey, allowTypo, typoExclusions) == wanted)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The cue word to name in a typo reason: the closest alternative to what the customer typed.</summary>
    public string ClosestTo(string tokenKey) => Alternatives
        .OrderBy(a => EditDistance.Between(tokenKey, a.Key, 3))
        .First().Key;
}
