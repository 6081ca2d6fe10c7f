namespace Intake.Core.Classification;

/// <summary>A date found in the text, scored by how surely it is the requested one.</summary>
internal readonly record struct DateCandidate(DateOnly Date, int Score, int Position, string Cue);
