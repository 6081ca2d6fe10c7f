namespace Intake.Core.Classification;

/// <summary>Picks nl, en or de by counting each language's own stop words and cue words in the message.</summary>
internal sealed class LanguageDetector
{
    private readonly IReadOnlyList<(string Language, HashSet<string> Words)> languages;

    private LanguageDetector(IReadOnlyList<(string, HashSet<string>)> languages) => this.languages = languages;

    public string DefaultLanguage => languages[0].Language;

    public static LanguageDetector Build(PhraseBook book, CueCatalog catalog)
    {
        var words = book.Files
            .Select(f => (f.Language, Words: f.StopWords.Select(TextNormalizer.ToKey)
                .Concat(catalog.Patterns.Where(p => p.Pattern.Language == f.Language).SelectMany(p => p.Pattern.LiteralWords))
                .ToHashSet(StringComparer.Ordinal)))
            .ToList();

        // Only words that belong to one language say anything ("is", "contract" and "stop" are shared).
        var distinctive = words
            .Select(l => (l.Language, Words: l.Words
                .Where(w => !words.Any(o => o.Language != l.Language && o.Words.Contains(w)))
                .ToHashSet(StringComparer.Ordinal)))
            .ToList();
        return new LanguageDetector(distinctive);
    }

    /// <summary>The language with most distinctive words; ties and silence go to the first (nl).</summary>
    public string Detect(IReadOnlyList<Sentence> sentences)
    {
        var best = languages[0].Language;
        var bestScore = 0;
        foreach (var (language, words) in languages)
        {
            var score = 0;
            foreach (var sentence in sentences)
            {
                foreach (var token in sentence.Tokens)
                {
                    score += words.Contains(token.Key) ? 1 : 0;
                }
            }

            if (score > bestScore)
            {
                best = language;
                bestScore = score;
            }
        }

        return best;
    }
}
