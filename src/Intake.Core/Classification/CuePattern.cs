namespace Intake.Core.Classification;

/// <summary>A compiled phrase with the category it signals.</summary>
internal sealed record CuePattern(CueCategory Category, string? Label, PhrasePattern Pattern, bool AllowTypos);
