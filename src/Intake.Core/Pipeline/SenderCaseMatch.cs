namespace Intake.Core.Pipeline;

/// <summary>The sender's open case a message answers; <see cref="Ambiguity"/> says why a person must decide instead.</summary>
public sealed record SenderCaseMatch(CaseRecord Case, string? Ambiguity, IReadOnlyList<string> Candidates);
