using System.Text.RegularExpressions;

namespace Intake.Core.Classification;

/// <summary>The words before a date that say whether it is the requested one ("per", "zum") or another ("sinds", "seit").</summary>
internal sealed partial class DatePrepositions(PhraseBook book)
{
    private const int LookBehindCharacters = 40;

    private readonly string[][] requested = Phrases(book.Files.SelectMany(f => f.Dates.Prepositions));
    private readonly string[][] notRequested = Phrases(book.Files.SelectMany(f => f.Dates.NotRequestedPrepositions));

    public bool Introduces(string normalized, int index) => EndsWithAny(Before(normalized, index), requested);

    /// <summary>"van" alone ("mijn opzegging van 3 november") excludes a date, but check <see cref="Introduces"/> first: "met ingang van".</summary>
    public bool Excludes(string normalized, int index) => EndsWithAny(Before(normalized, index), notRequested);

    /// <summary>The last six words before the index, folded; read in place, without a copy of the stretch or a Match per word.</summary>
    private static string[] Before(string normalized, int index)
    {
        var from = Math.Max(0, index - LookBehindCharacters);
        var stretch = normalized.AsSpan(from, index - from);
        var words = new List<string>();
        foreach (var word in Word().EnumerateMatches(stretch))
        {
            words.Add(TextNormalizer.Fold(stretch.Slice(word.Index, word.Length).ToString()));
        }

        return [.. words.TakeLast(6)];
    }

    private static bool EndsWithAny(string[] words, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            // string equality is ordinal; the span compare needs no copy of the words' tail.
            if (phrase.Length <= words.Length && words.AsSpan(words.Length - phrase.Length).SequenceEqual(phrase))
            {
                return true;
            }
        }

        return false;
    }

    private static string[][] Phrases(IEnumerable<string> phrases) =>
        phrases.Select(p => Word().Matches(TextNormalizer.ToKey(p)).Select(w => w.Value).ToArray()).Where(p => p.Length > 0).ToArray();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
