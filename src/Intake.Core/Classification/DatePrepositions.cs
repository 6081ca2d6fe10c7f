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

    private static string[] Before(string normalized, int index) =>
        Word().Matches(normalized[Math.Max(0, index - LookBehindCharacters)..index]).Select(w => TextNormalizer.Fold(w.Value)).TakeLast(6).ToArray();

    private static bool EndsWithAny(string[] words, string[][] phrases) =>
        phrases.Any(p => p.Length <= words.Length && p.SequenceEqual(words[^p.Length..], StringComparer.Ordinal));

    private static string[][] Phrases(IEnumerable<string> phrases) =>
        phrases.Select(p => Word().Matches(TextNormalizer.ToKey(p)).Select(w => w.Value).ToArray()).Where(p => p.Length > 0).ToArray();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
