namespace Intake.Core.Classification.SafetyNet;

/// <summary>
/// A safety-net cue: one or more <see cref="NetWord"/>s in order, "..." allowing up to four words between two of
/// them ("zeg ... op", "close ... account"), "...8" up to eight ("hatte ...8 getippt"). A leading "!" marks a cue that a negation does not account for
/// ("niet verlengen" ends a contract as surely as "opzeggen"); a leading "~" marks a cue that only says the contract
/// runs out ("loopt af", "läuft aus"), which the customer's wish to renew it accounts for.
/// </summary>
internal sealed record NetCue(string Source, IReadOnlyList<NetWord?> Words, IReadOnlyList<int> GapReaches, bool NegationAccounts, bool RunsOut = false)
{
    private const int GapReach = 4;

    public static NetCue Parse(string source, IReadOnlySet<string> negations)
    {
        var marks = source[..(source.Length - source.TrimStart('!', '~').Length)];
        var bare = source[marks.Length..];
        var words = bare.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A cue that is itself a negation ("niet meer nodig", "no longer") is not undone by one.
        var negative = words.Any(w => negations.Contains(TextNormalizer.ToKey(w)));
        return new NetCue(bare, words.Select(w => IsGap(w) ? null : NetWord.Parse(w)).ToArray(),
            words.Select(w => !IsGap(w) ? 0 : w.Length > 3 ? int.Parse(w[3..], System.Globalization.CultureInfo.InvariantCulture) : GapReach).ToArray(),
            !marks.Contains('!') && !negative, marks.Contains('~'));
    }

    private static bool IsGap(string word) => word.StartsWith("...", StringComparison.Ordinal) && word[3..].All(char.IsAsciiDigit);

    public NetWord First => Words[0]!;

    /// <summary>The index after the cue's last word when it starts at token <paramref name="start"/>, whose first word is known to match; else -1.</summary>
    public int EndAfterFirst(IReadOnlyList<string> tokens, int start) => Rest(tokens, start + 1, 1);

    private int Rest(IReadOnlyList<string> tokens, int at, int word)
    {
        if (word == Words.Count) return at;
        if (Words[word] is not { } next) return Gap(tokens, at, word + 1, GapReaches[word]);
        return at < tokens.Count && next.Matches(tokens[at]) ? Rest(tokens, at + 1, word + 1) : -1;
    }

    private int Gap(IReadOnlyList<string> tokens, int at, int word, int reach)
    {
        for (var skip = 0; skip <= reach && at + skip < tokens.Count; skip++)
        {
            if (Words[word]!.Matches(tokens[at + skip]) && Rest(tokens, at + skip + 1, word + 1) is var end and >= 0) return end;
        }

        return -1;
    }
}
