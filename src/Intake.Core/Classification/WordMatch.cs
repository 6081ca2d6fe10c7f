namespace Intake.Core.Classification;

/// <summary>How a token met a pattern word.</summary>
internal enum WordMatch
{
    None,
    Exact,
    Typo,
}
