using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Intake.Benchmarks;

/// <summary>
/// The host's CPU per intake: a fixed number of intakes at a fixed, moderate rate after a warm-up of its own, the
/// host's CPU-seconds from the first request until their replies are sent, divided by the intakes answered. Other
/// work on the machine stretches the window's wall time, not the host's CPU-seconds, so builds compare on a busy machine.
/// </summary>
internal static class CpuWindow
{
    private static readonly TimeSpan DrainFor = TimeSpan.FromSeconds(30);

    public static async Task<CpuFigures> MeasureAsync(
        OpenLoopLoad load, NpgsqlDataSource database, IReadOnlyList<int> hostPids, BenchmarkOptions options, Action<string> report, CancellationToken cancellationToken)
    {
        var rate = options.CpuRate;
        await OutboxDrain.WaitAsync(database, DrainFor, cancellationToken);
        var (warmup, warmupCpu, _) = await RunAsync(options.CpuWarmupIntakes);
        // The database's counters are read outside the host's CPU window: reading them waits for the statistics to land.
        var activity = await DatabaseActivity.SnapshotAsync(database, cancellationToken);
        var (window, cpu, elapsed) = await RunAsync(options.CpuIntakes);
        var commits = (await DatabaseActivity.SnapshotAsync(database, cancellationToken)).PerIntakeSince(activity, window.Acknowledged)
            is [("commits", var perIntake), ..] ? perIntake : double.NaN;
        var figures = new CpuFigures(rate, window.Acknowledged, window.Failed, window.Ack, elapsed, cpu, PerIntake(cpu, window), PerIntake(warmupCpu, warmup))
        {
            AcceptedIds = [.. warmup.AcceptedIds, .. window.AcceptedIds],
            CommitsPerIntake = commits,
        };
        report(string.Create(CultureInfo.InvariantCulture,
            $"host CPU: {figures.MsPerIntake:F2} ms per intake ({cpu.TotalSeconds:F1} CPU-s for {window.Acknowledged} intakes at {rate:F0}/s, {cpu / elapsed:P0} of one core over {elapsed.TotalSeconds:F1} s; p50 {window.Ack.P50:F1} ms, p99 {window.Ack.P99:F1} ms, failed {window.Failed}; {commits:F2} database commits per intake, Hangfire's and the dispatcher's included); its warm-up {figures.WarmupMsPerIntake:F2} ms per intake"));
        return figures;

        async Task<(LoadWindow Window, TimeSpan Cpu, TimeSpan Elapsed)> RunAsync(int intakes)
        {
            var clock = Stopwatch.StartNew();
            var before = HostCpu.Used(hostPids);
            var window = await load.RunAsync(rate, TimeSpan.FromSeconds(intakes / rate), cancellationToken);
            // The replies are part of an intake's cost: the window ends when the dispatcher has sent them.
            var left = await OutboxDrain.WaitAsync(database, DrainFor, cancellationToken);
            if (left > 0) report($"host CPU window: {left} replies still queued after {DrainFor.TotalSeconds:F0} s");
            return (window, HostCpu.Used(hostPids) - before, clock.Elapsed);
        }
    }

    private static double PerIntake(TimeSpan cpu, LoadWindow window) =>
        window.Acknowledged == 0 ? double.NaN : cpu.TotalMilliseconds / window.Acknowledged;
}

/// <summary>The figures of the host CPU window (see <see cref="CpuWindow"/>).</summary>
internal sealed record CpuFigures(
    double Rate, int Intakes, int Failed, LatencySummary Ack, TimeSpan Elapsed, TimeSpan Cpu, double MsPerIntake, double WarmupMsPerIntake)
{
    /// <summary>The intakes acknowledged in the warm-up and the window, for the integrity check.</summary>
    public IReadOnlyList<AcceptedIntake> AcceptedIds { get; init; } = [];

    /// <summary>The database's commits (all of them: the intakes', the dispatcher's, Hangfire's) per intake of the window.</summary>
    public double CommitsPerIntake { get; init; } = double.NaN;
}
