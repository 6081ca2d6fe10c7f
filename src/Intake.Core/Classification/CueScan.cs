namespace Intake.Core.Classification;

/// <summary>A tokenised message and every cue found in it.</summary>
internal sealed record CueScan(IReadOnlyList<Sentence> Sentences, IReadOnlyList<CueHit> Hits)
{
    /// <summary>The hits by category, in message order: every judgement asks for one category at a time.</summary>
    private readonly ILookup<CueCategory, CueHit> byCategory = Hits.ToLookup(h => h.Category);

    public IEnumerable<CueHit> Of(CueCategory category) => byCategory[category];

    public IEnumerable<CueHit> Of(CueCategory category, int sentence) =>
        byCategory[category].Where(h => h.Sentence == sentence);

    public bool Any(CueCategory category) => byCategory.Contains(category);

    public int ClauseOf(CueHit hit) => Sentences[hit.Sentence].Tokens[hit.Match.Start].Clause;

    public int ClauseAt(int sentence, int token) => Sentences[sentence].Tokens[token].Clause;

    public int TokenCount => Sentences.Sum(s => s.Tokens.Count);

    /// <summary>
    /// A negation in the hit's sentence before its end: a confirmation or acknowledgement told of is denied ("nog niet
    /// bevestigd", "ich habe noch keine Kündigungsbestätigung erhalten", "never got the confirmation").
    /// </summary>
    public bool Denied(CueHit hit) => Of(CueCategory.Negation, hit.Sentence).Any(n => n.Match.Start < hit.Match.End);
}
