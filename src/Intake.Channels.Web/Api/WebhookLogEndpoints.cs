using System.Globalization;
using Intake.Core.Events;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intake.Channels.Web.Api;

/// <summary>The event delivery log and replay, for operators and the console: /api/v1/webhooks/*.</summary>
internal static class WebhookLogEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/webhooks/endpoints", async (IWebhookDeliveryLog log, CancellationToken ct) => Results.Json(new { endpoints = await log.EndpointsAsync(ct) }));
        api.MapGet("/webhooks/deliveries", async (string? endpoint, string? status, int? limit, IWebhookDeliveryLog log, CancellationToken ct) =>
            Results.Json(new { deliveries = await log.DeliveriesAsync(endpoint, status, Math.Clamp(limit ?? 100, 1, 1000), ct) }));
        api.MapPost("/webhooks/replay", ReplayAsync);
    }

    private static async Task<IResult> ReplayAsync(ReplayRequest? request, IWebhookDeliveryStore store, CancellationToken ct)
    {
        if (request is null || (request.EventId is null && request.From is null))
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["eventId"] = ["Give eventId, or from (and optionally to) as ISO-8601 times."] });
        DateTimeOffset? from = null, to = null;
        if (request.From is { } f && !TryTime(f, out from)) return BadTime("from");
        if (request.To is { } t && !TryTime(t, out to)) return BadTime("to");
        var count = await store.ReplayAsync(request.Endpoint, request.EventId, from, to, ct);
        return Results.Json(new { queued = count }, statusCode: StatusCodes.Status202Accepted);
    }

    private static bool TryTime(string value, out DateTimeOffset? time)
    {
        var ok = DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed);
        time = ok ? parsed : null;
        return ok;
    }

    private static IResult BadTime(string field) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = ["Not an ISO-8601 time."] });

    private sealed record ReplayRequest(string? Endpoint, long? EventId, string? From, string? To);
}
