namespace Intake.Core.Pipeline;

/// <summary>Keeps raw input, whatever fails after it, and marks what became of it.</summary>
public interface IRawPayloadStore
{
    Task<long> SaveAsync(RawPayload payload, CancellationToken cancellationToken);
    Task MarkAcceptedAsync(long rawPayloadId, long messageId, CancellationToken cancellationToken);
    Task QuarantineAsync(long rawPayloadId, string reason, CancellationToken cancellationToken);
}
