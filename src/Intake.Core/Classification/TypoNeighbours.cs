namespace Intake.Core.Classification;

/// <summary>
/// Which typo-tolerant cue words a word is one slip away from ("opzegen" from "opzeggen", "kündigun" from "kündig*"),
/// found once per word: a pattern slot then only asks whether one of its own words is among them. Most words are a
/// slip of none, so most slots answer without comparing a single word.
/// </summary>
internal sealed class TypoNeighbours
{
    private readonly IReadOnlySet<string> exclusions;

    /// <summary>Each whole word under itself and under every form with one letter left out (symmetric deletion).</summary>
    private readonly Dictionary<string, List<WordAlternative>> byDeletion = new(StringComparer.Ordinal);

    /// <summary>The prefix words ("kündig*"), compared one by one: a slip may sit anywhere in the stem.</summary>
    private readonly WordAlternative[] prefixes;

    private readonly WordMemory<string[]> known;

    public TypoNeighbours(IEnumerable<WordAlternative> typoTolerant, IReadOnlySet<string> exclusions)
    {
        this.exclusions = exclusions;
        known = new WordMemory<string[]>(key => MayBeSlip(key) ? Find(key) : []);
        var words = typoTolerant.Where(w => !w.Suffix && w.Key.Length >= WordAlternative.MinimumTypoLength)
            .DistinctBy(w => w.ToString()).ToArray();
        prefixes = words.Where(w => w.Prefix).ToArray();
        foreach (var word in words.Where(w => !w.Prefix))
        {
            Add(word.Key, word);
            for (var i = 0; i < word.Key.Length; i++)
            {
                Add(word.Key.Remove(i, 1), word);
            }
        }
    }

    /// <summary>Whether a word may be read as a slip at all: long enough, and not a word of its own ("verstrekt").</summary>
    public bool MayBeSlip(string key) => key.Length >= WordAlternative.MinimumTypoLength - 1 && !exclusions.Contains(key);

    /// <summary>The cue words (as <see cref="WordAlternative.ToString"/> writes them) the word is a slip of; empty for most words.</summary>
    public string[] Of(string key) => known.Of(key);

    private string[] Find(string key)
    {
        var candidates = new List<WordAlternative>();
        var byShorter = byDeletion.GetAlternateLookup<ReadOnlySpan<char>>();
        if (byDeletion.TryGetValue(key, out var same))
        {
            candidates.AddRange(same);
        }

        Span<char> shorter = key.Length <= 64 ? stackalloc char[key.Length - 1] : new char[key.Length - 1];
        for (var i = 0; i < key.Length; i++)
        {
            key.AsSpan(0, i).CopyTo(shorter);
            key.AsSpan(i + 1).CopyTo(shorter[i..]);
            if (byShorter.TryGetValue(shorter, out var words))
            {
                candidates.AddRange(words);
            }
        }

        return candidates.Concat(prefixes)
            .Where(w => w.Match(key, allowTypo: true, exclusions) == WordMatch.Typo)
            .Select(w => w.ToString()).Distinct(StringComparer.Ordinal).ToArray();
    }

    private void Add(string key, WordAlternative word)
    {
        if (!byDeletion.TryGetValue(key, out var list))
        {
            byDeletion[key] = list = [];
        }

        list.Add(word);
    }
}
