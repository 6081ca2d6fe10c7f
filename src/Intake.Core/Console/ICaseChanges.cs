namespace Intake.Core.Console;

/// <summary>
/// Applies a staff decision in one transaction: lock the case, decide, update it, append its events, write its replies to
/// the outbox as the pipeline does; and finds the customer a case may be linked to.
/// </summary>
public interface ICaseChanges
{
    Task<CaseChangeOutcome> ChangeAsync(string reference, string actor, Func<LockedCase, CaseChange> decide, CancellationToken cancellationToken);

    /// <summary>Merges two cases of one person in one transaction; the closed case's messages and replies move to the one that remains.</summary>
    Task<CaseChangeOutcome> MergeAsync(string reference, string otherReference, string actor,
        Func<LockedCase, LockedCase, CaseMerge> decide, CancellationToken cancellationToken);

    /// <summary>The customer and the contracts a staff member may link a case to, found by account number.</summary>
    Task<CustomerCandidate?> FindCustomerAsync(string accountNumber, CancellationToken cancellationToken);
}
