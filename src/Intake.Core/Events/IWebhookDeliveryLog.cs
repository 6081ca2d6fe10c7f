namespace Intake.Core.Events;

/// <summary>What staff and operators see of event deliveries: per endpoint, per event, attempts and outcome.</summary>
public interface IWebhookDeliveryLog
{
    Task<IReadOnlyList<EndpointSummary>> EndpointsAsync(CancellationToken cancellationToken);
    /// <summary>Deliveries newest first, <paramref name="offset"/> rows in.</summary>
    Task<IReadOnlyList<DeliveryLogEntry>> DeliveriesAsync(string? endpoint, string? status, int offset, int limit, CancellationToken cancellationToken);
}

/// <summary>An endpoint with its state and delivery counts.</summary>
public sealed record EndpointSummary(string Name, string Url, bool Enabled, string? DisabledReason, long Pending, long Delivered, long Failed);

/// <summary>One delivery of one event to one endpoint.</summary>
public sealed record DeliveryLogEntry(
    long Id, long EventId, string Endpoint, string Type, string CaseReference, string Status, int Attempts,
    int? LastStatus, string? LastError, int? LatencyMs, DateTimeOffset CreatedAt, DateTimeOffset? DeliveredAt);
