namespace Intake.Core.Classification;

/// <summary>The intent part of a classification, before dates, account and reason are added.</summary>
internal sealed record IntentDecision(string Intent, string? Kind, double Confidence, IReadOnlyList<string> Reasons);
