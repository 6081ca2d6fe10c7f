namespace Intake.Core.Classification;

/// <summary>A tokenised message and every cue found in it.</summary>
internal sealed record CueScan(IReadOnlyList<Sentence> Sentences, IReadOnlyList<CueHit> Hits)
{
    public IEnumerable<CueHit> Of(CueCategory category) => Hits.Where(h => h.Category == category);

    public IEnumerable<CueHit> Of(CueCategory category, int sentence) =>
        Hits.Where(h => h.Category == category && h.Sentence == sentence);

    public bool Any(CueCategory category) => Hits.Any(h => h.Category == category);

    public int ClauseOf(CueHit hit) => Sentences[hit.Sentence].Tokens[hit.Match.Start].Clause;

    public int ClauseAt(int sentence, int token) => Sentences[sentence].Tokens[token].Clause;

    public int TokenCount => Sentences.Sum(s => s.Tokens.Count);
}
