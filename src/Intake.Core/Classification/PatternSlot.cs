namespace Intake.Core.Classification;

/// <summary>One word position of a phrase pattern, with how many other words may come before it.</summary>
internal sealed record PatternSlot(IReadOnlyList<WordAlternative> Alternatives, int MaxGapBefore, string Label)
{
    public bool AllowsTypos => Alternatives.Count == 1 || Label.StartsWith('{');

    public WordMatch Match(string tokenKey, bool allowTypo, IReadOnlySet<string> typoExclusions)
    {
        // "stop|stoppen|stopt" lists the forms of a verb; a slip that lands between them is more likely another
        // word ("stopped"), so typos are only forgiven on a single cue word or a named set such as {contract}.
        allowTypo &= AllowsTypos;
        var best = WordMatch.None;
        foreach (var alternative in Alternatives)
        {
            var match = alternative.Match(tokenKey, allowTypo && best == WordMatch.None, typoExclusions);
            if (match == WordMatch.Exact)
            {
                return match;
            }

            if (match == WordMatch.Typo)
            {
                best = match;
            }
        }

        return best;
    }

    /// <summary>The cue word to name in a typo reason: the closest alternative to what the customer typed.</summary>
    public string ClosestTo(string tokenKey) => Alternatives
        .OrderBy(a => EditDistance.Between(tokenKey, a.Key, 3))
        .First().Key;
}
