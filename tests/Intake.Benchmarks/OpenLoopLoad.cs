using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Intake.Benchmarks;

/// <summary>
/// Open-loop load: requests start at a fixed arrival rate whatever the answers do, and each latency counts from
/// the moment the request was due, so a slow host cannot hide its backlog (no coordinated omission).
/// </summary>
internal sealed class OpenLoopLoad(IReadOnlyList<HttpClient> hosts, string apiKey, IntakeMix mix)
{
    private readonly WebFormPoster _forms = new();
    private const int MaxInFlight = 4000;
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public async Task<LoadWindow> RunAsync(double rate, TimeSpan duration, CancellationToken cancellationToken)
    {
        var window = new WindowTally(hosts.Count);
        var inFlight = new List<Task>();
        var clock = Stopwatch.StartNew();
        long started = 0;
        var dropped = 0;
        while (clock.Elapsed < duration && !cancellationToken.IsCancellationRequested)
        {
            // Request i is due at i / rate: it starts as soon as that moment has come, not one interval later.
            var due = (long)(clock.Elapsed.TotalSeconds * rate) + 1;
            for (; started < due; started++)
            {
                if (window.InFlight >= MaxInFlight)
                {
                    dropped++;
                    continue;
                }
                var dueAt = TimeSpan.FromSeconds(started / rate);
                var host = (int)(started % hosts.Count);
                inFlight.Add(Task.Run(() => SendAsync(host, clock, dueAt, window, cancellationToken), cancellationToken));
            }
            await Task.Delay(1, cancellationToken);
        }
        await Task.WhenAll(inFlight);
        return window.Summarise(rate, duration, dropped);
    }

    /// <summary>One request at a time: the service time of an intake with no queueing in front of it.</summary>
    public async Task<LoadWindow> RunSerialAsync(int count, CancellationToken cancellationToken)
    {
        var window = new WindowTally(hosts.Count);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
            await SendAsync(i % hosts.Count, clock, clock.Elapsed, window, cancellationToken);
        return window.Summarise(0, clock.Elapsed, 0);
    }

    private async Task SendAsync(int host, Stopwatch clock, TimeSpan dueAt, WindowTally window, CancellationToken cancellationToken)
    {
        var request = mix.Next();
        window.Start(host);
        try
        {
            var (accepted, status, providerId, pageLoad) = request.Channel == IntakeRequest.Web
                ? await PostFormAsync(hosts[host], request, clock, cancellationToken)
                : await PostApiAsync(hosts[host], request, cancellationToken);
            var latency = (clock.Elapsed - dueAt - pageLoad).TotalMilliseconds;
            if (accepted) window.Acknowledge(new AcceptedIntake(request.Channel, providerId), latency, duplicate: request.Redelivery);
            else window.Fail($"{request.Channel} HTTP {(int)status}");
        }
        catch (HttpRequestException e)
        {
            window.Fail(e.HttpRequestError.ToString());
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            window.Fail("timeout");
        }
        finally
        {
            window.Finish();
        }
    }

    private async Task<(bool, HttpStatusCode, string, TimeSpan)> PostApiAsync(HttpClient host, IntakeRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "/api/v1/intake") { Content = new ByteArrayContent(request.Body) };
        message.Content.Headers.ContentType = Json;
        message.Headers.Add("X-Api-Key", apiKey);
        using var response = await host.SendAsync(message, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        // A quarantined intake is stored but not accepted: for a valid request that is a failure of the run.
        var accepted = response.IsSuccessStatusCode && !body.Contains("\"quarantined\":true", StringComparison.Ordinal);
        return (accepted, response.StatusCode, request.Key, TimeSpan.Zero);
    }

    // Loading the page is the customer reading it, not the acknowledgement: its time is taken off the latency
    // (a re-delivery reuses the page it loaded, as a double click does).
    private async Task<(bool, HttpStatusCode, string, TimeSpan)> PostFormAsync(
        HttpClient host, IntakeRequest request, Stopwatch clock, CancellationToken cancellationToken)
    {
        var loading = clock.Elapsed;
        var page = await _forms.LoadAsync(host, request.Key, cancellationToken);
        var pageLoad = clock.Elapsed - loading;
        var (accepted, status) = await WebFormPoster.PostAsync(host, page, request.Form, cancellationToken);
        return (accepted, status, page.Submission, pageLoad);
    }
}
