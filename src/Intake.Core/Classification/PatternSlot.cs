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
    private readonly WordAlternative[] typoTolerant = TypoTolerantOf(Alternatives, Label);

    /// <summary>The same words as <see cref="TypoNeighbours"/> names them.</summary>
    private readonly HashSet<string> typoForms = TypoTolerantOf(Alternatives, Label).Select(a => a.ToString()).ToHashSet(StringComparer.Ordinal);

    /// <summary>The words of the slot that forgive a slip.</summary>
    public IEnumerable<WordAlternative> TypoTolerant => typoTolerant;

    /// <summary>
    /// "stop|stoppen|stopt" lists the forms of a verb, and a slip that lands between short forms is more likely another
    /// word ("stopped"); a long form ("opgezegd", "cancelled") is still forgiven a slip ("opgezegt", "cancled").
    /// </summary>
    private const int MinimumFormTypoLength = 7;

    public bool AllowsTypos => typoTolerant.Length > 0;

    public WordMatch Match(string tokenKey, bool allowTypo, TypoNeighbours typos)
    {
        if (words.Contains(tokenKey) || AnyAffixMatches(tokenKey))
        {
            return WordMatch.Exact;
        }

        if (!allowTypo || !AllowsTypos)
        {
            return WordMatch.None;
        }

        foreach (var near in typos.Of(tokenKey))
        {
            if (typoForms.Contains(near))
            {
                return WordMatch.Typo;
            }
        }

        return WordMatch.None;
    }

    /// <summary>A plain loop rather than LINQ: this runs for every candidate token, and a lambda would allocate each time.</summary>
    private bool AnyAffixMatches(string tokenKey)
    {
        foreach (var affix in affixes)
        {
            if (affix.Match(tokenKey, allowTypo: false, EmptySet) == WordMatch.Exact)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> EmptySet = [];

    private static WordAlternative[] TypoTolerantOf(IReadOnlyList<WordAlternative> alternatives, string label) => alternatives
        .Where(a => !a.Suffix && a.Key.Length >= (alternatives.Count == 1 || label.StartsWith('{') ? WordAlternative.MinimumTypoLength : MinimumFormTypoLength))
        .ToArray();

    /// <summary>The cue word to name in a typo reason: the closest alternative to what the customer typed.</summary>
    public string ClosestTo(string tokenKey) => Alternatives
        .OrderBy(a => EditDistance.Between(tokenKey, a.Key, 3))
        .First().Key;
}
