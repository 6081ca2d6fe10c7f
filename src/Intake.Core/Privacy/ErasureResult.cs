namespace Intake.Core.Privacy;

/// <summary>
/// The outcome of an erasure: the pseudonym that now stands for the subject and what was changed, or (when
/// <see cref="SubjectOutcome.Pending"/>) the open cases and the replies and events still waiting to go out.
/// </summary>
public sealed record ErasureResult(
    SubjectOutcome Outcome, string? Pseudonym, ErasureCounts? Counts, IReadOnlyList<string> OpenCases, int PendingReplies, int PendingEvents)
{
    public static ErasureResult Of(SubjectOutcome outcome) => new(outcome, null, null, [], 0, 0);
}
