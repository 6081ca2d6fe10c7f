namespace Intake.Core.Classification;

/// <summary>A phrase of some category found in a message; the label carries the object category or reason code.</summary>
internal sealed record CueHit(CueCategory Category, string? Label, PhraseMatch Match)
{
    public int Sentence => Match.Sentence;

    public string Source => Match.Pattern.Source;
}
