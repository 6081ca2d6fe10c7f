namespace Intake.Core.Events;

/// <summary>The event outbox as the webhook dispatcher sees it.</summary>
public interface IWebhookDeliveryStore
{
    /// <summary>Makes the endpoint table match configuration (new, changed and removed endpoints).</summary>
    Task SyncEndpointsAsync(IReadOnlyList<WebhookEndpointOptions> endpoints, CancellationToken cancellationToken);

    /// <summary>Claims due deliveries, never one whose case has an earlier undelivered event for the same endpoint.</summary>
    Task<IReadOnlyList<WebhookDelivery>> ClaimAsync(int batchSize, TimeSpan staleAfter, CancellationToken cancellationToken);

    Task CompleteAsync(WebhookDelivery delivery, DeliveryOutcome outcome, CancellationToken cancellationToken);

    /// <summary>An endpoint answered 410 Gone: no more deliveries to it until its configuration changes.</summary>
    Task DisableEndpointAsync(string endpoint, string reason, CancellationToken cancellationToken);

    Task<bool> AnyDueAsync(CancellationToken cancellationToken);

    /// <summary>Sends events again: one event, or every event created in [from, to), to one or every endpoint.</summary>
    Task<int> ReplayAsync(string? endpoint, long? eventId, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken);
}
