namespace Intake.Core.Console;

/// <summary>What became of a staff decision: applied (with how many replies it queued) or refused with a code.</summary>
public sealed record CaseChangeOutcome(bool Applied, string? Refusal, int RepliesQueued, string? ConflictingReference = null)
{
    public const string NotFound = "not-found";
    public const string OpenCaseExists = "open-case-exists";

    /// <summary>After a merge: the case that remains (the page shows it).</summary>
    public string? RemainingReference { get; init; }
}
