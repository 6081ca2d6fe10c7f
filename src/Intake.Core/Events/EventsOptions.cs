namespace Intake.Core.Events;

/// <summary>Settings of signed events to billing and CRM (section Intake:Events).</summary>
public sealed class EventsOptions
{
    public List<WebhookEndpointOptions> Endpoints { get; set; } = [];
    /// <summary>How long a failing delivery is retried before it is marked failed.</summary>
    public TimeSpan RetryFor { get; set; } = TimeSpan.FromDays(3);
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The endpoints with their effective names (Name, else endpoint-N).</summary>
    public IReadOnlyList<WebhookEndpointOptions> Named() =>
        [.. Endpoints.Select((e, i) => e with { Name = string.IsNullOrWhiteSpace(e.Name) ? $"endpoint-{i}" : e.Name.Trim() })];
}

/// <summary>One receiver of events: its URL, its whsec_ secret and an optional filter of event types.</summary>
public sealed record WebhookEndpointOptions
{
    public string? Name { get; init; }
    public string Url { get; init; } = "";
    public string Secret { get; init; } = "";
    public List<string> Types { get; init; } = [];
}
