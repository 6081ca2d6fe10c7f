using System.Globalization;

namespace Intake.Benchmarks;

/// <summary>
/// Steps the arrival rate up until a window no longer keeps p99 ack within the limit and keeps the best that did;
/// when even the first step is over, steps down instead until one holds. A window over the limit is run once more
/// before the search turns on it (one noisy window, say right after the warm-up, must not decide), and after the
/// turn <see cref="BenchmarkOptions.Refinements"/> steps at the geometric midpoint narrow the gap between the last
/// rate held and the first missed.
/// </summary>
internal sealed class RateSearch(OpenLoopLoad load, BenchmarkOptions options, Action<string> report)
{
    private const double MinRate = 2;

    public async Task<(LoadWindow? Best, IReadOnlyList<LoadWindow> Steps)> RunAsync(DateTime mustEndBy, CancellationToken cancellationToken)
    {
        var steps = new List<LoadWindow>();
        LoadWindow? best = null;
        double? held = null, missed = null;
        var rate = options.StartRate;
        bool? goingUp = null;
        while (rate >= MinRate && rate <= options.MaxRate)
        {
            var (window, sustained) = await StepAsync(rate, steps, mustEndBy, cancellationToken);
            if (window is null) return (best, steps);
            goingUp ??= sustained;
            if (sustained) (best, held) = (window, rate);
            else missed = rate;
            if (goingUp.Value != sustained) break;
            rate = goingUp.Value ? rate * options.RateFactor : rate / (options.RateFactor * options.RateFactor);
        }

        for (var i = 0; i < options.Refinements && held is { } low && missed is { } high; i++)
        {
            var (window, sustained) = await StepAsync(Math.Round(Math.Sqrt(low * high)), steps, mustEndBy, cancellationToken);
            if (window is null) break;
            if (sustained) (best, held) = (window, Math.Sqrt(low * high));
            else missed = Math.Sqrt(low * high);
        }

        return (best, steps);
    }

    /// <summary>One window at <paramref name="rate"/>, run again once when over the limit; null when the time budget is spent.</summary>
    private async Task<(LoadWindow? Window, bool Sustained)> StepAsync(double rate, List<LoadWindow> steps, DateTime mustEndBy, CancellationToken cancellationToken)
    {
        LoadWindow? window = null;
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            // Keep room for the half-rate run and the checks after it.
            if (DateTime.UtcNow + options.StepDuration > mustEndBy)
            {
                report("search stopped: time budget reached");
                return (null, false);
            }

            window = await load.RunAsync(rate, options.StepDuration, cancellationToken);
            steps.Add(window);
            var sustained = window.Sustained(options.AckP99LimitMs);
            report(string.Create(CultureInfo.InvariantCulture,
                $"step {rate,7:F0}/s{(attempt == 2 ? " (again)" : "")}: acked {window.AcknowledgedPerSecond,7:F1}/s  p50 {window.Ack.P50,7:F1} ms  p99 {window.Ack.P99,7:F1} ms  failed {window.Failed}  dropped {window.Dropped}  {(sustained ? "ok" : "over")}{Reasons(window)}"));
            if (sustained) return (window, true);
        }

        return (window, false);
    }

    private static string Reasons(LoadWindow window) =>
        window.FailureReasons.Count == 0 ? "" : "  (" + string.Join(", ", window.FailureReasons.Select(f => $"{f.Key}: {f.Value}")) + ")";
}
