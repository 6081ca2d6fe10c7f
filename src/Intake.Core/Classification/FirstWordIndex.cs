namespace Intake.Core.Classification;

/// <summary>
/// Which patterns may start at a token, for the patterns whose first word is a prefix, a suffix, a set or forgives a
/// typo: looked up by the token's prefixes, suffixes and one-letter deletions instead of trying every pattern on every
/// token. It may name a pattern that then does not match (the pattern itself decides), or name one twice, never miss one that does.
/// </summary>
internal sealed class FirstWordIndex
{
    private readonly Dictionary<string, List<int>> exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> suffixes = new(StringComparer.Ordinal);

    /// <summary>Each typo-tolerant word under itself and under every form with one letter left out (symmetric deletion).</summary>
    private readonly Dictionary<string, List<int>> deletions = new(StringComparer.Ordinal);
    private readonly List<(WordAlternative Word, int Pattern)> scanned = [];
    private readonly int[] prefixLengths;
    private readonly int[] suffixLengths;

    public FirstWordIndex(IEnumerable<(int Pattern, IReadOnlyList<WordAlternative> Words, bool AllowTypos)> firstWords)
    {
        foreach (var (pattern, words, allowTypos) in firstWords)
        {
            foreach (var word in words)
            {
                if (word is { Prefix: true, Suffix: true } || (allowTypos && word is { Prefix: true, Suffix: false }))
                {
                    scanned.Add((word, pattern));
                    continue;
                }

                var table = word.Prefix ? prefixes : word.Suffix ? suffixes : exact;
                Add(table, word.Key, pattern);
                if (allowTypos && !word.Prefix && !word.Suffix && word.Key.Length >= WordAlternative.MinimumTypoLength)
                {
                    Add(deletions, word.Key, pattern);
                    for (var i = 0; i < word.Key.Length; i++)
                    {
                        Add(deletions, word.Key.Remove(i, 1), pattern);
                    }
                }
            }
        }

        prefixLengths = prefixes.Keys.Select(k => k.Length).Distinct().Order().ToArray();
        suffixLengths = suffixes.Keys.Select(k => k.Length).Distinct().Order().ToArray();
    }

    public void AddCandidates(string key, IReadOnlySet<string> typoExclusions, List<int> candidates)
    {
        AddAll(exact, key, candidates);
        var byPrefix = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        var bySuffix = suffixes.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var length in prefixLengths)
        {
            if (length > key.Length)
            {
                break;
            }

            AddAll(byPrefix, key.AsSpan(0, length), candidates);
        }

        foreach (var length in suffixLengths)
        {
            if (length > key.Length)
            {
                break;
            }

            AddAll(bySuffix, key.AsSpan(key.Length - length), candidates);
        }

        foreach (var (word, pattern) in scanned)
        {
            if (word.Match(key, allowTypo: true, typoExclusions) != WordMatch.None)
            {
                candidates.Add(pattern);
            }
        }

        if (key.Length < WordAlternative.MinimumTypoLength - 1 || typoExclusions.Contains(key))
        {
            return;
        }

        var byDeletion = deletions.GetAlternateLookup<ReadOnlySpan<char>>();
        AddAll(byDeletion, key, candidates);
        Span<char> shorter = key.Length <= 64 ? stackalloc char[key.Length - 1] : new char[key.Length - 1];
        for (var i = 0; i < key.Length; i++)
        {
            key.AsSpan(0, i).CopyTo(shorter);
            key.AsSpan(i + 1).CopyTo(shorter[i..]);
            AddAll(byDeletion, shorter, candidates);
        }
    }

    private static void Add(Dictionary<string, List<int>> table, string key, int pattern)
    {
        if (!table.TryGetValue(key, out var list))
        {
            table[key] = list = [];
        }

        list.Add(pattern);
    }

    private static void AddAll(Dictionary<string, List<int>> table, string key, List<int> candidates)
    {
        if (table.TryGetValue(key, out var patterns))
        {
            candidates.AddRange(patterns);
        }
    }

    private static void AddAll(Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> table, ReadOnlySpan<char> key, List<int> candidates)
    {
        if (table.TryGetValue(key, out var patterns))
        {
            candidates.AddRange(patterns);
        }
    }
}
