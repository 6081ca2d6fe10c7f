namespace Intake.Core.Classification;

/// <summary>Where a phrase pattern matched in a sentence; literal positions are the tokens the pattern itself named.</summary>
internal sealed record PhraseMatch(
    PhrasePattern Pattern,
    int Sentence,
    int Start,
    int End,
    IReadOnlyList<int> LiteralPositions,
    IReadOnlyList<string> Typos)
{
    public bool IsTypo => Typos.Count > 0;

    public bool Overlaps(PhraseMatch other) =>
        Sentence == other.Sentence && Start <= other.End && other.Start <= End;

    public int DistanceTo(PhraseMatch other) =>
        Sentence != other.Sentence ? int.MaxValue
        : Overlaps(other) ? 0
        : other.Start > End ? other.Start - End - 1 : Start - other.End - 1;
}
