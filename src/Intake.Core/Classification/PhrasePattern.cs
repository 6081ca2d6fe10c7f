using System.Globalization;
using System.Text;

namespace Intake.Core.Classification;

/// <summary>
/// A cue from a phrase file, compiled. Syntax: words separated by spaces; "a|b" alternatives; "word*" prefix;
/// "*word" suffix (Dutch and German compounds); "..." up to four other words ("...8", "...12": up to that many, for Dutch and German separable verbs and participles; "...,6": up to six across one clause break, for a German infinitive after its comma); "{set}" any word of a named set.
/// </summary>
internal sealed class PhrasePattern
{
    private readonly PatternSlot[] slots;

    private PhrasePattern(string source, string language, PatternSlot[] slots)
    {
        Source = source;
        Language = language;
        this.slots = slots;
    }

    public string Source { get; }

    public string Language { get; }

    public PatternSlot FirstSlot => slots[0];

    public IEnumerable<PatternSlot> Slots => slots;

    /// <summary>The exact (non-wildcard) words of the pattern, used to tell languages apart and to stop typo matching.</summary>
    public IEnumerable<string> LiteralWords => slots
        .SelectMany(s => s.Alternatives)
        .Where(a => !a.Prefix && !a.Suffix && !a.FromSet)
        .Select(a => a.Key);

    /// <summary>
    /// The words the pattern can start with, when only those exact words can start it (no wildcard, no typo):
    /// lets the catalog skip patterns whose first word is not in the sentence. Null when any word might.
    /// </summary>
    public IReadOnlyList<string>? ExactFirstWords(bool allowTypos)
    {
        var first = slots[0];
        var typoPossible = allowTypos && first.AllowsTypos;
        return typoPossible || first.Alternatives.Any(a => a.Prefix || a.Suffix) ? null : first.Alternatives.Select(a => a.Key).ToArray();
    }

    public static PhrasePattern Parse(string source, string language, IReadOnlyDictionary<string, IReadOnlyList<WordAlternative>> sets)
    {
        var slots = new List<PatternSlot>();
        var gap = 0;
        var crossesClause = false;
        foreach (var part in source.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith("...", StringComparison.Ordinal) && int.TryParse(GapReach(part), CultureInfo.InvariantCulture, out var reach))
            {
                gap = reach;
                crossesClause = part.StartsWith("...,", StringComparison.Ordinal);
            }
            else if (part.Contains('|', StringComparison.Ordinal) || part.StartsWith('{'))
            {
                slots.Add(new PatternSlot(part.Split('|').SelectMany(a => Alternatives(a, source, sets)).ToArray(), gap, part, crossesClause));
                gap = 0;
                crossesClause = false;
            }
            else
            {
                foreach (var word in SplitWords(part))
                {
                    slots.Add(new PatternSlot([WordAlternative.Parse(word)], gap, word, crossesClause));
                    gap = 0;
                    crossesClause = false;
                }
            }
        }

        return slots.Count == 0
            ? throw new InvalidDataException("An empty phrase is not a cue.")
            : new PhrasePattern(source, language, [.. slots]);
    }

    /// <summary>The match that starts at the given token, if any, where the token is known to match the first word.</summary>
    public PhraseMatch? MatchAfterFirst(Sentence sentence, int sentenceIndex, int start, bool allowTypos, TypoNeighbours typos)
    {
        var tokens = sentence.Tokens;
        // Most tries fail past the first word, so the search keeps its positions on the stack and allocates nothing.
        Span<int> positions = slots.Length <= 32 ? stackalloc int[slots.Length] : new int[slots.Length];
        positions[0] = start;
        if (!TryMatch(tokens, 1, start + 1, positions, allowTypos, typos))
        {
            return null;
        }

        // Named only for a match that holds: finding the closest cue word is the costly part of a typo.
        var named = new List<string>();
        for (var slot = 0; slot < slots.Length; slot++)
        {
            var token = tokens[positions[slot]];
            if (slots[slot].Match(token.Key, allowTypos, typos) == WordMatch.Typo)
            {
                named.Add($"{token.Text}~{slots[slot].ClosestTo(token.Key)}");
            }
        }

        return new PhraseMatch(this, sentenceIndex, start, positions[^1], positions.ToArray(), named);
    }

    public override string ToString() => Source;

    /// <summary>The reach of a gap marker: "..." is four words, "...8" and "...,6" name theirs.</summary>
    private static string GapReach(string marker) => marker[3..].TrimStart(',') is { Length: > 0 } reach ? reach : "4";

    /// <summary>Matches the slots from <paramref name="slotIndex"/> (at least 1) on; <paramref name="positions"/> holds the token of each slot matched so far.</summary>
    private bool TryMatch(IReadOnlyList<Token> tokens, int slotIndex, int position, Span<int> positions, bool allowTypos, TypoNeighbours typos)
    {
        if (slotIndex == slots.Length)
        {
            return true;
        }

        var slot = slots[slotIndex];
        for (var gap = 0; gap <= slot.MaxGapBefore && position + gap < tokens.Count; gap++)
        {
            var index = position + gap;
            if (tokens[index].Segment - tokens[positions[slotIndex - 1]].Segment > (slot.GapCrossesClause ? 1 : 0))
            {
                break;
            }

            if (slot.Match(tokens[index].Key, allowTypos, typos) == WordMatch.None)
            {
                continue;
            }

            positions[slotIndex] = index;
            if (TryMatch(tokens, slotIndex + 1, index + 1, positions, allowTypos, typos))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<WordAlternative> Alternatives(string raw, string source, IReadOnlyDictionary<string, IReadOnlyList<WordAlternative>> sets)
    {
        if (!raw.StartsWith('{') || !raw.EndsWith('}'))
        {
            return [WordAlternative.Parse(raw)];
        }

        return sets.TryGetValue(raw[1..^1], out var words)
            ? words
            : throw new InvalidDataException($"Phrase '{source}' names an unknown set {raw}.");
    }

    /// <summary>"z.s.m." and "sms-notificaties" are several tokens in a message, so they are several slots here.</summary>
    private static IEnumerable<string> SplitWords(string part)
    {
        var normalized = TextNormalizer.Normalize(part);
        var word = new StringBuilder();
        foreach (var c in normalized.Append(' '))
        {
            if (char.IsLetterOrDigit(c) || c == '*')
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
    }
}
