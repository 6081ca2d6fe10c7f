namespace Intake.Core.Events;

/// <summary>A claimed delivery of one event to one endpoint.</summary>
public sealed record WebhookDelivery
{
    public required long Id { get; init; }
    public required long EventId { get; init; }
    public required string Endpoint { get; init; }
    public required string Type { get; init; }
    public required string Payload { get; init; }
    public required int Attempts { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset ClaimedAt { get; init; }
}

/// <summary>What an endpoint answered: the HTTP status (null when it could not be reached) and how long it took.</summary>
public sealed record DeliveryOutcome(string Status, int? HttpStatus, string? Error, int LatencyMs, DateTimeOffset? RetryAt);
