using System.Diagnostics;

namespace Intake.Benchmarks;

/// <summary>
/// The floor under every intake on this machine right now: one GET /health/live at a time (Kestrel, no work).
/// Set beside the serial intake time it tells the pipeline's own cost from a busy machine's.
/// </summary>
internal static class HttpBaseline
{
    public static async Task<LatencySummary> MeasureAsync(HttpClient host, int count, CancellationToken cancellationToken)
    {
        var latencies = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await host.GetAsync(new Uri("/health/live", UriKind.Relative), cancellationToken);
            await response.Content.ReadAsByteArrayAsync(cancellationToken);
            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }
        return LatencySummary.Of(latencies);
    }
}
