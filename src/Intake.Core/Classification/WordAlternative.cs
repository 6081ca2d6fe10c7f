namespace Intake.Core.Classification;

/// <summary>One word a pattern slot accepts: exact, a prefix ("kündig*"), a suffix ("*abonnement") or both.</summary>
internal sealed record WordAlternative(string Key, bool Prefix, bool Suffix)
{
    /// <summary>Typo tolerance only on words long enough that one slip cannot turn them into another common word.</summary>
    public const int MinimumTypoLength = 6;

    /// <summary>Came from a named set such as {contract}: shared by all languages, so it says nothing about the language.</summary>
    public bool FromSet { get; init; }

    public static WordAlternative Parse(string raw)
    {
        var trimmed = raw.Trim();
        var key = TextNormalizer.ToKey(trimmed.Trim('*'));
        if (key.Length == 0 || !key.All(char.IsLetterOrDigit))
        {
            throw new InvalidDataException($"Phrase word '{raw}' must be a single word (use spaces between words).");
        }

        return new WordAlternative(key, trimmed.EndsWith('*'), trimmed.StartsWith('*'));
    }

    public WordMatch Match(string tokenKey, bool allowTypo, IReadOnlySet<string> typoExclusions)
    {
        var exact = (Prefix, Suffix) switch
        {
            (true, true) => tokenKey.Contains(Key, StringComparison.Ordinal),
            (true, false) => tokenKey.StartsWith(Key, StringComparison.Ordinal),
            (false, true) => tokenKey.EndsWith(Key, StringComparison.Ordinal),
            _ => string.Equals(tokenKey, Key, StringComparison.Ordinal),
        };
        if (exact)
        {
            return WordMatch.Exact;
        }

        if (!allowTypo || Suffix || Key.Length < MinimumTypoLength || tokenKey.Length < MinimumTypoLength - 1
            || typoExclusions.Contains(tokenKey))
        {
            return WordMatch.None;
        }

        if (!Prefix)
        {
            return EditDistance.AtMostOne(tokenKey, Key) ? WordMatch.Typo : WordMatch.None;
        }

        // A prefix cue meets a typo in the stem: compare the token's stem of about the same length.
        for (var length = Key.Length - 1; length <= Math.Min(Key.Length + 1, tokenKey.Length); length++)
        {
            if (EditDistance.AtMostOne(tokenKey.AsSpan(0, length), Key))
            {
                return WordMatch.Typo;
            }
        }

        return WordMatch.None;
    }

    public override string ToString() => (Suffix ? "*" : "") + Key + (Prefix ? "*" : "");
}
