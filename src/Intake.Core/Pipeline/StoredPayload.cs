namespace Intake.Core.Pipeline;

/// <summary>A raw payload as stored, with what became of it (received, accepted or quarantined).</summary>
public sealed record StoredPayload(long Id, RawPayload Payload, string Status, string? Reason);
