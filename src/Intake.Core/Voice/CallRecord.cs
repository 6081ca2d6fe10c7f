namespace Intake.Core.Voice;

/// <summary>The state of one IVR call as the steps left it.</summary>
public sealed record CallRecord
{
    public required string CallSid { get; init; }
    public required string Caller { get; init; }
    public required string Language { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public string? Choice { get; init; }
    public DateTimeOffset? DeclaredAt { get; init; }
    public string? AccountNumber { get; init; }
    /// <summary>The steps as JSON: [{at, step, digits, speech, rawPayloadId}].</summary>
    public string Steps { get; init; } = "[]";
    public string? Outcome { get; init; }
    public string? CaseReference { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
}
