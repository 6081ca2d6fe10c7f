namespace Intake.Core.Classification.SafetyNet;

/// <summary>
/// One word of a safety-net cue, with "|" between alternatives: "opzeg*" (a word starting so), "*kundigung*" (a word
/// containing it, for compounds) or "weg" (the word itself). Words of six letters or more also match with one typo
/// after the first letter.
/// </summary>
internal sealed class NetWord
{
    private const int TypoLength = 6;

    private readonly (string Key, bool Prefix, bool Inside)[] alternatives;

    private NetWord((string, bool, bool)[] alternatives) => this.alternatives = alternatives;

    /// <summary>The first letters a matching word can start with; empty when any (a "*part*" alternative).</summary>
    public IEnumerable<char> FirstLetters => alternatives.Any(a => a.Inside) ? [] : alternatives.Select(a => a.Key[0]).Distinct();

    public static NetWord Parse(string word) => new(word.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(TextNormalizer.ToKey)
        .Select(key => (Key: key.Trim('*'), Prefix: key.EndsWith('*') || key.StartsWith('*'), Inside: key.StartsWith('*')))
        .Where(a => a.Key.Length > 0)
        .ToArray());

    public bool Matches(string token)
    {
        foreach (var (key, prefix, inside) in alternatives)
        {
            if (Matches(token, key, prefix, inside)) return true;
        }

        return false;
    }

    private static bool Matches(string token, string key, bool prefix, bool inside)
    {
        if (inside) return token.Contains(key, StringComparison.Ordinal);
        if (prefix ? token.StartsWith(key, StringComparison.Ordinal) : token == key) return true;
        if (key.Length < TypoLength || token.Length == 0 || token[0] != key[0]) return false;
        if (!prefix) return EditDistance.AtMostOne(token, key);
        // A stem with one typo: compare the stem with the token's start, one letter shorter, as long, or longer.
        for (var length = key.Length - 1; length <= key.Length + 1; length++)
        {
            if (length <= token.Length && EditDistance.AtMostOne(token.AsSpan(0, length), key)) return true;
        }

        return false;
    }
}
