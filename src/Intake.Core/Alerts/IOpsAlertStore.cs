namespace Intake.Core.Alerts;

/// <summary>What the alert check reads, and where it raises alerts: once per key, on the event outbox.</summary>
public interface IOpsAlertStore
{
    /// <summary>Every channel as the hosts last reported it, with how many down and recovered alerts it has had.</summary>
    Task<IReadOnlyList<ChannelAlertState>> ChannelsAsync(CancellationToken cancellationToken);

    /// <summary>Confirmations that failed for good and have no alert yet.</summary>
    Task<IReadOnlyList<FailedConfirmation>> UnalertedFailedConfirmationsAsync(CancellationToken cancellationToken);

    /// <summary>Callback promises the overdue job escalated, still open and without an alert.</summary>
    Task<IReadOnlyList<OverdueCallback>> UnalertedOverdueCallbacksAsync(CancellationToken cancellationToken);

    /// <summary>How many raw payloads received in [from, to) are quarantined.</summary>
    Task<long> QuarantinedAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Writes the alert and its event with one delivery per subscribed endpoint; false when the key was already raised.</summary>
    Task<bool> RaiseAsync(OpsAlert alert, DateTimeOffset at, CancellationToken cancellationToken);
}

/// <summary>A channel's last reported state: its problem (null when up) and the count of its down and recovered alerts.</summary>
public sealed record ChannelAlertState(string Channel, string? Problem, DateTimeOffset? LastOkAt, int Downs, int Recoveries);

/// <summary>A confirmation that could not be delivered: no recipient address, no text.</summary>
public sealed record FailedConfirmation(long OutboundId, string CaseReference, string Channel, string Kind, DateTimeOffset FailedAt);

/// <summary>An escalated callback promise: no staff name or customer detail.</summary>
public sealed record OverdueCallback(long CallbackId, string CaseReference, DateTimeOffset DueAt, DateTimeOffset EscalatedAt);
