namespace Intake.Core.Pipeline;

/// <summary>Keeps raw input, whatever fails after it, and marks what became of it.</summary>
public interface IRawPayloadStore
{
    Task<long> SaveAsync(RawPayload payload, CancellationToken cancellationToken);
    Task MarkAcceptedAsync(long rawPayloadId, long messageId, CancellationToken cancellationToken);
    Task QuarantineAsync(long rawPayloadId, string reason, CancellationToken cancellationToken);
    Task<StoredPayload?> GetAsync(long rawPayloadId, CancellationToken cancellationToken);
    /// <summary>Ids of quarantined payloads, oldest first.</summary>
    Task<IReadOnlyList<long>> ListQuarantinedAsync(int limit, CancellationToken cancellationToken);
    /// <summary>Ids of payloads still 'received' (neither accepted nor quarantined) since before <paramref name="before"/>, oldest first.</summary>
    Task<IReadOnlyList<long>> ListInterruptedAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken);
}
