namespace Intake.Core.Pipeline;

/// <summary>What the pipeline made of a message; a re-delivery returns the first delivery's result.</summary>
public sealed record AcceptResult(long MessageId, string Intent, string? CaseReference, bool Duplicate)
{
    public bool Quarantined { get; init; }
}
