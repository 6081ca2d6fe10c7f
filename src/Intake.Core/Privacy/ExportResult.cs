namespace Intake.Core.Privacy;

/// <summary>The outcome of an export and, when done, the JSON document.</summary>
public sealed record ExportResult(SubjectOutcome Outcome, string? Json);
