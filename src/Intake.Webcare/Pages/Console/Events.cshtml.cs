using Intake.Core.Events;
using Intake.Webcare.Paging;
using Microsoft.AspNetCore.Mvc;

namespace Intake.Webcare.Pages.Console;

/// <summary>Events to billing and CRM: each endpoint's state and its delivery log, with replay of one event.</summary>
public sealed class EventsModel(IWebhookDeliveryLog log, IWebhookDeliveryStore store) : ConsolePageModel
{
    public IReadOnlyList<EndpointSummary> Endpoints { get; private set; } = [];
    public ListPage<DeliveryLogEntry> Deliveries { get; private set; } = ListPage<DeliveryLogEntry>.Empty;

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)] public int P { get; set; } = 1;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Endpoints = await log.EndpointsAsync(cancellationToken);
        Status = string.IsNullOrWhiteSpace(Status) ? null : Status;
        var paging = ListPaging.Of(P);
        Deliveries = ListPage<DeliveryLogEntry>.From(await log.DeliveriesAsync(null, Status, paging.Offset, paging.Fetch, cancellationToken), paging);
    }

    public string Link(int page) => PageLink.To("/console/events", page, ("status", Status));

    public async Task<IActionResult> OnPostReplayAsync(long eventId, string? endpoint, CancellationToken cancellationToken)
    {
        var queued = await store.ReplayAsync(string.IsNullOrWhiteSpace(endpoint) ? null : endpoint, eventId, null, null, cancellationToken);
        return queued > 0 ? Back("done.replayed") : Back(null, "refused.not-found");
    }
}
