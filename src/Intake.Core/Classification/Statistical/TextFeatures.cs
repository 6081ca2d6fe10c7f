namespace Intake.Core.Classification.Statistical;

/// <summary>
/// Hashes a text into sparse binary features: words, word pairs and the character 3- and 5-grams of each word (so
/// compounds and typos such as "abonnementsopzegging" or "kündgen" share features with the words they contain).
/// The hash is FNV-1a over the folded text: the same on every machine and run, unlike string.GetHashCode.
/// </summary>
internal static class TextFeatures
{
    public const int Bits = 18;
    public const int Dimension = 1 << Bits;
    private const int MaxWords = 400;

    /// <summary>Adds the feature indexes of <paramref name="text"/> to <paramref name="into"/> (duplicates removed).</summary>
    public static void Extract(string text, List<int> into)
    {
        into.Clear();
        var key = TextNormalizer.ToKey(text);
        var previous = 0u;
        var words = 0;
        var i = 0;
        while (i < key.Length && words < MaxWords)
        {
            while (i < key.Length && !char.IsLetterOrDigit(key[i])) i++;
            var start = i;
            while (i < key.Length && char.IsLetterOrDigit(key[i])) i++;
            if (i == start) break;
            var word = key.AsSpan(start, i - start);
            var wordHash = Hash(word, 0x811C9DC5u, digitsAsShape: true);
            into.Add(Index(wordHash, 1));
            if (words > 0) into.Add(Index(previous * 31 + wordHash, 2));
            CharGrams(word, 3, into);
            CharGrams(word, 5, into);
            previous = wordHash;
            words++;
        }

        into.Add(Index(0xB1A5u, 9)); // bias
        into.Sort();
        var distinct = 0;
        for (var j = 0; j < into.Count; j++)
        {
            if (j == 0 || into[j] != into[j - 1]) into[distinct++] = into[j];
        }

        into.RemoveRange(distinct, into.Count - distinct);
    }

    /// <summary>The n-grams of " word " (with boundaries), skipped for numbers.</summary>
    private static void CharGrams(ReadOnlySpan<char> word, int n, List<int> into)
    {
        if (char.IsDigit(word[0])) return;
        Span<char> padded = stackalloc char[Math.Min(word.Length, 60) + 2];
        padded[0] = ' ';
        word[..(padded.Length - 2)].CopyTo(padded[1..]);
        padded[^1] = ' ';
        for (var s = 0; s + n <= padded.Length; s++)
        {
            into.Add(Index(Hash(padded.Slice(s, n), 0x01000193u * (uint)n, digitsAsShape: false), (uint)(2 + n)));
        }
    }

    private static uint Hash(ReadOnlySpan<char> chars, uint seed, bool digitsAsShape)
    {
        var hash = seed;
        foreach (var c in chars)
        {
            hash ^= digitsAsShape && char.IsDigit(c) ? '0' : c;
            hash *= 0x01000193u;
        }

        return hash;
    }

    private static int Index(uint hash, uint kind) => (int)(((hash ^ (kind * 0x9E3779B9u)) * 0x85EBCA6Bu) >> (32 - Bits));
}
