using System.Globalization;
using Intake.Core.ApiKeys;
using Intake.Core.Events;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Intake.Channels.Web.Api;

/// <summary>The event delivery log and replay, for operators and the console: /api/v1/webhooks/*.</summary>
internal static class WebhookLogEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var webhooks = api.MapGroup("/webhooks").RequireApiScope(ApiScopes.Webhooks).WithTags("Webhooks");
        webhooks.MapGet("/endpoints", async (IWebhookDeliveryLog log, CancellationToken ct) => Results.Json(new EndpointList(await log.EndpointsAsync(ct))))
            .WithName("ListWebhookEndpoints").WithSummary("Each configured event endpoint with its state and counts.")
            .Produces<EndpointList>();
        webhooks.MapGet("/deliveries", async (string? endpoint, string? status, int? limit, IWebhookDeliveryLog log, CancellationToken ct) =>
            Results.Json(new DeliveryList(await log.DeliveriesAsync(endpoint, status, 0, Math.Clamp(limit ?? 100, 1, 1000), ct))))
            .WithName("ListWebhookDeliveries").WithSummary("The delivery log, newest first, filtered by endpoint and status (limit 1-1000, default 100).")
            .Produces<DeliveryList>();
        webhooks.MapPost("/replay", ReplayAsync)
            .WithName("ReplayWebhookEvents").WithSummary("Queues one event, or the events of a time range, again (for one endpoint or all).")
            .Produces<ReplayResponse>(StatusCodes.Status202Accepted).ProducesValidationProblem();
    }

    private static async Task<IResult> ReplayAsync(
        ReplayRequest? request, IWebhookDeliveryStore store, ILoggerFactory loggers, HttpContext http, CancellationToken ct)
    {
        if (request is null || (request.EventId is null && request.From is null))
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["eventId"] = ["Give eventId, or from (and optionally to) as ISO-8601 times."] });
        DateTimeOffset? from = null, to = null;
        if (request.From is { } f && !TryTime(f, out from)) return BadTime("from");
        if (request.To is { } t && !TryTime(t, out to)) return BadTime("to");
        var count = await store.ReplayAsync(request.Endpoint, request.EventId, from, to, ct);
        loggers.CreateLogger(typeof(WebhookLogEndpoints)).LogInformation("{Count} event deliveries queued again by API key {ApiKeyName}", count, ApiCaller.Of(http)?.Name);
        return Results.Json(new ReplayResponse(count), statusCode: StatusCodes.Status202Accepted);
    }

    private static bool TryTime(string value, out DateTimeOffset? time)
    {
        var ok = DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed);
        time = ok ? parsed : null;
        return ok;
    }

    private static IResult BadTime(string field) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = ["Not an ISO-8601 time."] });

    private sealed record EndpointList(IReadOnlyList<EndpointSummary> Endpoints);

    private sealed record DeliveryList(IReadOnlyList<DeliveryLogEntry> Deliveries);

    private sealed record ReplayResponse(int Queued);

    private sealed record ReplayRequest(string? Endpoint, long? EventId, string? From, string? To);
}
