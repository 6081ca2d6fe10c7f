using Intake.Core.Classification;
using Intake.Core.Identity;
using Intake.Core.Model;

namespace Intake.Core.Pipeline;

/// <summary>
/// The intake transaction: everything here commits together or not at all. Reads and writes whose answer the
/// pipeline needs run at once; the others (<see cref="UpdateCase"/>, <see cref="LinkMessage"/>, <see cref="AppendEvent"/>,
/// <see cref="InsertOutbound"/>, <see cref="MarkRawPayloadAccepted"/>) are written in the order given, in one round trip with the commit.
/// </summary>
public interface IIntakeSession : IAsyncDisposable
{
    /// <summary>
    /// Stores the raw payload first in this transaction and sets a savepoint after it, so a failure later can be
    /// undone without losing the payload (<see cref="QuarantineRawPayloadAsync"/>). Both lead the round trip of
    /// <see cref="InsertMessageAsync"/> (one round trip fewer); the payload's id is known after it (<see cref="RawPayloadId"/>).
    /// </summary>
    void SaveRawPayload(RawPayload payload);
    /// <summary>The id of the raw payload saved in this transaction, once a round trip has carried it; null before.</summary>
    long? RawPayloadId { get; }
    /// <summary>Undoes everything after the raw payload's savepoint (a transient error), so the pipeline can run again.</summary>
    Task RollBackToRawPayloadAsync(CancellationToken cancellationToken);
    /// <summary>
    /// Undoes everything after the raw payload's savepoint, marks the payload quarantined with the reason, and commits;
    /// returns the payload's id. A payload no round trip has carried yet is stored first.
    /// </summary>
    Task<long> QuarantineRawPayloadAsync(string reason, DateTimeOffset at, CancellationToken cancellationToken);
    Task<AcceptResult?> FindAcceptedAsync(string channel, string providerMessageId, CancellationToken cancellationToken);
    /// <summary>
    /// Inserts the message; null when the same channel and provider id is already stored (a re-delivery). With
    /// <paramref name="withSenderCases"/> the sender's open cases are read and locked right after the insert, in the same
    /// round trip, exactly as <see cref="FindOpenCasesOfSenderAsync"/> would (and not at all for a re-delivery). The customer
    /// the sender address links to (<see cref="IdentityKinds.LinksSender"/>) is read in that round trip too:
    /// <see cref="FindCustomerAsync"/> for the sender's kind and address answers from it, without a round trip of its own.
    /// </summary>
    Task<InsertedMessage?> InsertMessageAsync(InboundMessage message, IntentResult intent, bool withSenderCases, CancellationToken cancellationToken);
    /// <summary>The customer linked by this identity (a verified link first) with their open contracts, in one round trip; null when none is.</summary>
    Task<FoundCustomer?> FindCustomerAsync(string identityKind, string value, CancellationToken cancellationToken);
    /// <summary>The one customer linked by this identity with their open contracts; null when none or several are (a household shares its address).</summary>
    Task<FoundCustomer?> FindSoleCustomerAsync(string identityKind, string value, CancellationToken cancellationToken);
    /// <summary>Opens <paramref name="candidate"/> unless a case with its open key is open; then returns that one, locked.</summary>
    Task<CaseRecord> FindOrOpenCaseAsync(CaseRecord candidate, CancellationToken cancellationToken);
    /// <summary>The open case with this reference, locked; null when there is none or it is closed.</summary>
    Task<CaseRecord?> FindOpenCaseAsync(string reference, CancellationToken cancellationToken);
    /// <summary>The open cases holding a message from this sender address (as stored), locked, newest first.</summary>
    Task<IReadOnlyList<CaseRecord>> FindOpenCasesOfSenderAsync(string senderAddress, CancellationToken cancellationToken);
    /// <summary>The reference of the open case holding this open key, if any.</summary>
    Task<string?> FindOpenCaseReferenceAsync(string openKey, CancellationToken cancellationToken);
    void UpdateCase(CaseRecord @case, DateTimeOffset at);
    void LinkMessage(long messageId, long caseId);
    void AppendEvent(CaseEvent caseEvent);
    /// <summary>The stored raw payload became (or repeated) this message: it is no longer a candidate for quarantine.</summary>
    void MarkRawPayloadAccepted(long rawPayloadId, long messageId, DateTimeOffset at);
    /// <summary>Writes a reply to the outbox with its <paramref name="queued"/> event, neither when the case already has one of this kind on this channel.</summary>
    void InsertOutbound(NewOutbound outbound, CaseEvent queued);
    /// <summary>The stored message with this id, locked until the commit (staff decisions on it serialise); null when there is none.</summary>
    Task<StoredMessage?> LockMessageAsync(long messageId, CancellationToken cancellationToken);
    /// <summary>Files the stored message under <paramref name="intent"/>, keeping the classifier's intent and who changed it.</summary>
    void Reclassify(long messageId, IntentResult intent, Reclassification reclassification, DateTimeOffset at);
    /// <summary>Writes what is pending and commits.</summary>
    Task CommitAsync(CancellationToken cancellationToken);
}
