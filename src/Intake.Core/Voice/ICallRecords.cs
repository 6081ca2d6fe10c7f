namespace Intake.Core.Voice;

/// <summary>The IVR's calls: the steps of a call update one record until it becomes an inbound message.</summary>
public interface ICallRecords
{
    /// <summary>Appends a step (once per key: a retried webhook is not counted twice) and applies what it decided.</summary>
    Task<CallRecord> StepAsync(string callSid, string caller, CallStep step, CancellationToken cancellationToken);

    Task<CallRecord?> FindAsync(string callSid, CancellationToken cancellationToken);

    /// <summary>Records how the call ended; what a first finish wrote is kept.</summary>
    Task FinishAsync(string callSid, string outcome, long? messageId, string? reference, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Calls that chose "cancel" and neither finished nor moved since <paramref name="before"/>: the caller hung up.</summary>
    Task<IReadOnlyList<string>> ListAbandonedAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
