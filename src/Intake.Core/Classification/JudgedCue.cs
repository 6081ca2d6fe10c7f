namespace Intake.Core.Classification;

/// <summary>A cue with its standing and the word that decided it (the negation, the object category).</summary>
internal sealed record JudgedCue(CueHit Hit, CueStanding Standing, string? Detail = null);
