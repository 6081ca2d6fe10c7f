using Intake.Core.Events;
using Microsoft.AspNetCore.Mvc;

namespace Intake.Webcare.Pages.Console;

/// <summary>Events to billing and CRM: each endpoint's state and its delivery log, with replay of one event.</summary>
public sealed class EventsModel(IWebhookDeliveryLog log, IWebhookDeliveryStore store) : ConsolePageModel
{
    public IReadOnlyList<EndpointSummary> Endpoints { get; private set; } = [];
    public IReadOnlyList<DeliveryLogEntry> Deliveries { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Endpoints = await log.EndpointsAsync(cancellationToken);
        Deliveries = await log.DeliveriesAsync(null, string.IsNullOrWhiteSpace(Status) ? null : Status, 200, cancellationToken);
    }

    public async Task<IActionResult> OnPostReplayAsync(long eventId, string? endpoint, CancellationToken cancellationToken)
    {
        var queued = await store.ReplayAsync(string.IsNullOrWhiteSpace(endpoint) ? null : endpoint, eventId, null, null, cancellationToken);
        return queued > 0 ? Back("done.replayed") : Back(null, "refused.not-found");
    }
}
