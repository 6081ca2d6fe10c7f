using Intake.Core.Classification;
using Intake.Core.Model;

namespace Intake.Core.Pipeline;

/// <summary>The intake transaction: everything here commits together or not at all.</summary>
public interface IIntakeSession : IAsyncDisposable
{
    Task<AcceptResult?> FindAcceptedAsync(string channel, string providerMessageId, CancellationToken cancellationToken);
    /// <summary>Inserts the message; null when the same channel and provider id is already stored (a re-delivery).</summary>
    Task<long?> InsertMessageAsync(InboundMessage message, IntentResult intent, CancellationToken cancellationToken);
    Task<CustomerMatch?> FindCustomerAsync(string identityKind, string value, CancellationToken cancellationToken);
    Task<IReadOnlyList<ContractRecord>> ContractsOfAsync(long customerId, CancellationToken cancellationToken);
    /// <summary>Opens <paramref name="candidate"/> unless a case with its open key is open; then returns that one, locked.</summary>
    Task<CaseRecord> FindOrOpenCaseAsync(CaseRecord candidate, CancellationToken cancellationToken);
    /// <summary>The open case with this reference, locked; null when there is none or it is closed.</summary>
    Task<CaseRecord?> FindOpenCaseAsync(string reference, CancellationToken cancellationToken);
    Task UpdateCaseAsync(CaseRecord @case, DateTimeOffset at, CancellationToken cancellationToken);
    Task LinkMessageAsync(long messageId, long caseId, CancellationToken cancellationToken);
    Task AppendEventAsync(CaseEvent caseEvent, CancellationToken cancellationToken);
    /// <summary>Writes a reply to the outbox; false when the case already has one of this kind on this channel.</summary>
    Task<bool> InsertOutboundAsync(NewOutbound outbound, CancellationToken cancellationToken);
    Task CommitAsync(CancellationToken cancellationToken);
}
