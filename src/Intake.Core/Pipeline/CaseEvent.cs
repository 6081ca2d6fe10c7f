namespace Intake.Core.Pipeline;

/// <summary>One append-only audit entry: ids, codes and times only, never personal data.</summary>
public sealed record CaseEvent(long CaseId, DateTimeOffset At, string Type, string Actor, bool Verified, IReadOnlyDictionary<string, object?> Data);
