using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Intake.Core.Outbox;
using Microsoft.Extensions.Logging;

namespace Intake.Core.Events;

/// <summary>
/// Delivers events to billing and CRM endpoints, signed per Standard Webhooks, in order per case; 2xx is
/// delivered, 410 disables the endpoint, anything else is retried with backoff for up to three days.
/// </summary>
public sealed class WebhookDispatcher(
    IWebhookDeliveryStore store, HttpClient http, EventsOptions options, TimeProvider time, ILogger<WebhookDispatcher> logger)
{
    private const int ClaimSize = 20;
    public const string DeliveryStatusDelivered = "delivered";
    public const string DeliveryStatusPending = "pending";
    public const string DeliveryStatusFailed = "failed";
    public const string DeliveryStatusDisabled = "disabled";

    private readonly Dictionary<string, WebhookEndpointOptions> _endpoints = options.Named().ToDictionary(e => e.Name!, StringComparer.Ordinal);

    public async Task<int> DispatchAsync(TimeSpan budget, CancellationToken cancellationToken)
    {
        // No endpoint configured: nothing here to deliver (the start-up sync disabled what removed endpoints left), so no
        // pass runs the claim, a query and a commit of its own.
        if (_endpoints.Count == 0) return 0;
        var started = time.GetTimestamp();
        var done = 0;
        while (time.GetElapsedTime(started) < budget)
        {
            var batch = await store.ClaimAsync(ClaimSize, TimeSpan.FromMinutes(2), cancellationToken);
            if (batch.Count == 0) break;
            // One endpoint's deliveries for one case go one after the other; different cases in parallel.
            await Task.WhenAll(batch.GroupBy(d => d.Endpoint).Select(g => DeliverAllAsync(g, cancellationToken)));
            done += batch.Count;
            // A short batch took all that was due.
            if (batch.Count < ClaimSize) break;
        }
        return done;
    }

    private async Task DeliverAllAsync(IEnumerable<WebhookDelivery> deliveries, CancellationToken cancellationToken)
    {
        foreach (var delivery in deliveries) await DeliverAsync(delivery, cancellationToken);
    }

    private async Task DeliverAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        if (!_endpoints.TryGetValue(delivery.Endpoint, out var endpoint))
        {
            await store.CompleteAsync(delivery, new DeliveryOutcome(DeliveryStatusDisabled, null, "endpoint no longer configured", 0, null), CancellationToken.None);
            return;
        }
        var id = "msg_" + delivery.EventId.ToString(CultureInfo.InvariantCulture);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url) { Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json") };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", StandardWebhookSigner.Sign(endpoint.Secret, id, timestamp, delivery.Payload));
        var watch = Stopwatch.StartNew();
        int? status = null;
        string? error = null;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Timeout);
            using var response = await http.SendAsync(request, timeout.Token);
            status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode) error = $"HTTP {status}";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            error = e is TaskCanceledException ? $"no answer within {options.Timeout.TotalSeconds:0} s" : e.Message;
        }
        var latency = (int)watch.ElapsedMilliseconds;

        if (status is >= 200 and < 300)
        {
            await store.CompleteAsync(delivery, new DeliveryOutcome(DeliveryStatusDelivered, status, null, latency, null), CancellationToken.None);
            return;
        }
        if (status == (int)HttpStatusCode.Gone)
        {
            logger.LogError("Event endpoint {Endpoint} answered 410 Gone: disabled until its configuration changes", delivery.Endpoint);
            await store.DisableEndpointAsync(delivery.Endpoint, "410 Gone", CancellationToken.None);
            await store.CompleteAsync(delivery, new DeliveryOutcome(DeliveryStatusDisabled, status, "410 Gone", latency, null), CancellationToken.None);
            return;
        }
        var now = time.GetUtcNow();
        var retryAt = now + RetryDelay(delivery.Attempts);
        var outcome = retryAt > delivery.CreatedAt + options.RetryFor
            ? new DeliveryOutcome(DeliveryStatusFailed, status, $"gave up after {delivery.Attempts} attempts: {error}", latency, null)
            : new DeliveryOutcome(DeliveryStatusPending, status, error, latency, retryAt);
        logger.LogWarning("Event {EventId} to {Endpoint}: attempt {Attempt} {Result}", delivery.EventId, delivery.Endpoint, delivery.Attempts, outcome.Status == DeliveryStatusFailed ? "failed for good" : "will be retried");
        await store.CompleteAsync(delivery, outcome, CancellationToken.None);
    }

    // ±20 % jitter spreads retries of a provider outage over time.
    private TimeSpan RetryDelay(int attempts) => RetryBackoff.Delay(attempts, options.FirstRetryDelay, options.MaxRetryDelay, 0.8, 1.2);
}
