using System.Globalization;

namespace Intake.Benchmarks;

/// <summary>
/// Steps the arrival rate up until a window no longer keeps p99 ack within the limit and keeps the best that did;
/// when even the first step is over, steps down instead until one holds.
/// </summary>
internal sealed class RateSearch(OpenLoopLoad load, BenchmarkOptions options, Action<string> report)
{
    private const double MinRate = 2;

    public async Task<(LoadWindow? Best, IReadOnlyList<LoadWindow> Steps)> RunAsync(DateTime mustEndBy, CancellationToken cancellationToken)
    {
        var steps = new List<LoadWindow>();
        LoadWindow? best = null;
        var rate = options.StartRate;
        bool? goingUp = null;
        while (rate >= MinRate && rate <= options.MaxRate)
        {
            // Keep room for the half-rate run and the checks after it.
            if (DateTime.UtcNow + options.StepDuration > mustEndBy)
            {
                report("search stopped: time budget reached");
                break;
            }
            var window = await load.RunAsync(rate, options.StepDuration, cancellationToken);
            steps.Add(window);
            var sustained = window.Sustained(options.AckP99LimitMs);
            report(string.Create(CultureInfo.InvariantCulture,
                $"step {rate,7:F0}/s: acked {window.AcknowledgedPerSecond,7:F1}/s  p50 {window.Ack.P50,7:F1} ms  p99 {window.Ack.P99,7:F1} ms  failed {window.Failed}  dropped {window.Dropped}  {(sustained ? "ok" : "over")}{Reasons(window)}"));
            goingUp ??= sustained;
            if (sustained) best = window;
            if (goingUp.Value != sustained) break;
            rate = goingUp.Value ? rate * options.RateFactor : rate / (options.RateFactor * options.RateFactor);
        }
        return (best, steps);
    }

    private static string Reasons(LoadWindow window) =>
        window.FailureReasons.Count == 0 ? "" : "  (" + string.Join(", ", window.FailureReasons.Select(f => $"{f.Key}: {f.Value}")) + ")";
}
