namespace Intake.Core.Outbox;

/// <summary>The outbox table as the dispatcher sees it.</summary>
public interface IOutboxStore
{
    /// <summary>
    /// Claims up to <paramref name="batchSize"/> due rows (skipping rows other dispatchers hold), plus rows whose
    /// claim is older than <paramref name="staleAfter"/> (their dispatcher died mid-send).
    /// </summary>
    Task<IReadOnlyList<OutboundMessage>> ClaimAsync(int batchSize, TimeSpan staleAfter, CancellationToken cancellationToken);

    /// <summary>
    /// Moves the claim of a row this dispatcher still holds to now; null when another dispatcher took the row over
    /// (the claim had gone stale), in which case it must not be sent from here.
    /// </summary>
    Task<OutboundMessage?> RenewClaimAsync(OutboundMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Records the outcomes of claimed rows in one transaction; a row whose claim was lost meanwhile is left as it is.
    /// </summary>
    Task CompleteAsync(IReadOnlyList<SendOutcome> outcomes, CancellationToken cancellationToken);

    /// <summary>True when some row is due now (queued and due, or left sending longer than <paramref name="staleClaimAfter"/>): the cheap poll for rows committed by other hosts.</summary>
    Task<bool> AnyDueAsync(TimeSpan staleClaimAfter, CancellationToken cancellationToken);
}
