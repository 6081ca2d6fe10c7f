using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;

namespace Intake.Benchmarks.Faults;

/// <summary>
/// Delivers each intake the way a provider does: again and again (to any live host) until it is acknowledged, so an
/// answer lost with a killed host becomes a re-delivery that the 202/200 idempotency contract must absorb.
/// </summary>
internal sealed class PersistentSender(Func<IReadOnlyList<string>> hosts, string apiKey, TimeSpan giveUpAfter) : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly ConcurrentDictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);
    private readonly WebFormPoster _forms = new();
    private int _next;
    private int _retries;
    private int _quarantined;

    /// <summary>Attempts that failed (connection refused or reset, timeout, 5xx) and were made again.</summary>
    public int Retries => Volatile.Read(ref _retries);

    /// <summary>API answers "quarantined" (the host could not take it in, e.g. while PostgreSQL restarted), sent again.</summary>
    public int QuarantinedAnswers => Volatile.Read(ref _quarantined);

    /// <summary>Sends until acknowledged; returns what the host acknowledged (channel and provider message id).</summary>
    public async Task<AcceptedIntake> SendAsync(IntakeRequest request, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + giveUpAfter;
        while (true)
        {
            var live = hosts();
            if (live.Count > 0)
            {
                var client = Client(live[(int)((uint)Interlocked.Increment(ref _next) % (uint)live.Count)]);
                try
                {
                    if (await TryAsync(client, request, cancellationToken) is { } accepted) return accepted;
                }
                catch (HttpRequestException)
                {
                    // Refused or reset: the host is dead or restarting.
                }
                catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // Timed out: the answer is lost, the request is sent again.
                }
            }
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{request.Channel} intake {request.Key} was not acknowledged within {giveUpAfter.TotalSeconds:F0} s.");
            Interlocked.Increment(ref _retries);
            await Task.Delay(200, cancellationToken);
        }
    }

    private async Task<AcceptedIntake?> TryAsync(HttpClient host, IntakeRequest request, CancellationToken cancellationToken)
    {
        switch (request.Channel)
        {
            case IntakeRequest.Web:
                var page = await _forms.LoadAsync(host, request.Key, cancellationToken);
                var (posted, _) = await WebFormPoster.PostAsync(host, page, request.Form, cancellationToken);
                return posted ? new AcceptedIntake(IntakeRequest.Web, page.Submission) : null;
            case FaultMix.Sms:
                using (var message = new HttpRequestMessage(HttpMethod.Post, ProviderSettings.TwilioSmsPath) { Content = new FormUrlEncodedContent(request.Form) })
                {
                    message.Headers.Add("X-Twilio-Signature", ProviderSettings.TwilioSignature(request.Form));
                    return await AcknowledgedAsync(host, message, request, cancellationToken);
                }
            case FaultMix.X:
                using (var message = new HttpRequestMessage(HttpMethod.Post, ProviderSettings.XWebhookPath) { Content = new ByteArrayContent(request.Body) })
                {
                    message.Content.Headers.ContentType = Json;
                    message.Headers.Add("x-twitter-webhooks-signature", ProviderSettings.XSignature(request.Body));
                    return await AcknowledgedAsync(host, message, request, cancellationToken);
                }
            default:
                using (var message = new HttpRequestMessage(HttpMethod.Post, "/api/v1/intake") { Content = new ByteArrayContent(request.Body) })
                {
                    message.Content.Headers.ContentType = Json;
                    message.Headers.Add("X-Api-Key", apiKey);
                    return await AcknowledgedAsync(host, message, request, cancellationToken);
                }
        }
    }

    private async Task<AcceptedIntake?> AcknowledgedAsync(HttpClient host, HttpRequestMessage message, IntakeRequest request, CancellationToken cancellationToken)
    {
        using var response = await host.SendAsync(message, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode) return null;
        if (body.Contains("\"quarantined\":true", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _quarantined);
            return null;
        }
        return new AcceptedIntake(request.Channel, request.Key);
    }

    private HttpClient Client(string baseUrl) => _clients.GetOrAdd(baseUrl, url => new HttpClient(new SocketsHttpHandler
    {
        UseProxy = false,
        UseCookies = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
    })
    {
        BaseAddress = new Uri(url),
        Timeout = TimeSpan.FromSeconds(10),
    });

    public void Dispose()
    {
        foreach (var client in _clients.Values) client.Dispose();
    }
}
