using System.Diagnostics;
using System.Globalization;
using System.Net;
using Npgsql;

namespace Intake.Benchmarks;

/// <summary>One run: ceiling, warm-up, rate search, half-rate run, confirmation latency, integrity check.</summary>
internal sealed class BenchmarkRun(BenchmarkOptions options, Action<string> report)
{
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(3);
    private const int SerialCount = 50;
    private static readonly TimeSpan DrainFor = TimeSpan.FromSeconds(30);

    public async Task<BenchmarkResult> RunAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var startedAt = DateTime.UtcNow;
        await using var environment = await BenchmarkEnvironment.StartAsync(options, report, cancellationToken);
        await using var database = NpgsqlDataSource.Create(environment.ConnectionString);
        await using var rss = new RssSampler([.. environment.Hosts.Select(host => host.Pid)]);

        var (tps, tool) = options.CpuOnly ? (0, "not measured (--cpu-only)")
            : await PostgresCeiling.MeasureAsync(environment.ConnectionString, options.CeilingDuration, cancellationToken);
        var commit = options.CpuOnly ? LatencySummary.Of([]) : await CommitLatency.MeasureAsync(environment.ConnectionString, SerialCount, cancellationToken);
        if (!options.CpuOnly) report(string.Create(CultureInfo.InvariantCulture, $"pg_ceiling_tps {tps:F0} ({tool}); one commit at a time p50 {commit.P50:F1} ms"));

        var runId = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var customers = await CustomerSeeder.SeedAsync(database, options.Customers, cancellationToken);
        var mix = new IntakeMix(runId, customers, options.FormShare);
        var clients = environment.BaseUrls.Select(CreateClient).ToList();
        try
        {
            var load = new OpenLoopLoad(clients, environment.ApiKey, mix);
            var accepted = new List<AcceptedIntake>();
            // Gentle: the warm-up is for the JIT and the pools, not for building a backlog.
            var warmup = await load.RunAsync(Math.Max(5, options.StartRate / 4), Warmup, cancellationToken);
            accepted.AddRange(warmup.AcceptedIds);
            report(string.Create(CultureInfo.InvariantCulture, $"warm-up: {warmup.Acknowledged} acks, p99 {warmup.Ack.P99:F1} ms, failed {warmup.Failed}"));
            var baseline = await HttpBaseline.MeasureAsync(clients[0], SerialCount, cancellationToken);
            var serial = await load.RunSerialAsync(SerialCount, cancellationToken);
            accepted.AddRange(serial.AcceptedIds);
            report(string.Create(CultureInfo.InvariantCulture, $"serial: {serial.Acknowledged} intakes one at a time, p50 {serial.Ack.P50:F1} ms (GET /health/live p50 {baseline.P50:F1} ms)"));
            var hostPids = environment.Hosts.Select(host => host.Pid).ToList();
            var cpu = hostPids.Count > 0 && options.CpuIntakes > 0
                ? await CpuWindow.MeasureAsync(load, database, hostPids, options, report, cancellationToken)
                : null;
            accepted.AddRange(cpu?.AcceptedIds ?? []);
            if (options.CpuOnly)
            {
                var checkedOnly = await IntegrityCheck.RunAsync(database, startedAt, accepted, cancellationToken);
                return CpuOnlyResult(cpu!, serial.Ack, baseline, checkedOnly, rss.PeakMb, environment.BaseUrls.Count, accepted, clock.Elapsed);
            }

            // The half-rate run, the drain and the checks need their share of the budget.
            var searchEndsBy = startedAt + options.MaxDuration - options.HalfRateDuration - 2 * DrainFor - TimeSpan.FromSeconds(15);
            var (best, steps) = await new RateSearch(load, options, report).RunAsync(searchEndsBy, cancellationToken);
            foreach (var step in steps) accepted.AddRange(step.AcceptedIds);

            // No step within the ack limit (a busy machine): half of the highest rate still served without failures.
            var served = steps.Where(step => step.Failed == 0 && step.Dropped == 0 && step.AcknowledgedPerSecond >= step.TargetRate * 0.95)
                .MaxBy(step => step.TargetRate);
            var halfRate = Math.Max(1, (best ?? served)?.TargetRate / 2 ?? options.StartRate / 2);
            var backlog = await OutboxDrain.WaitAsync(database, DrainFor, cancellationToken);
            if (backlog > 0) report($"{backlog} replies still queued before the half-rate run");
            var before = await DatabaseActivity.SnapshotAsync(database, cancellationToken);
            var halfStarted = DateTimeOffset.UtcNow;
            var half = await load.RunAsync(halfRate, options.HalfRateDuration, cancellationToken);
            var after = await DatabaseActivity.SnapshotAsync(database, cancellationToken);
            accepted.AddRange(half.AcceptedIds);
            report(string.Create(CultureInfo.InvariantCulture,
                $"half rate {halfRate:F0}/s: p50 {half.Ack.P50:F1} ms  p99 {half.Ack.P99:F1} ms  failed {half.Failed}"));
            foreach (var host in environment.Hosts.Where(host => host.HasExited))
                throw new InvalidOperationException($"A host died during the run:{Environment.NewLine}{host.Tail()}");

            var (confirm, cases, pending) = await ConfirmationLatency.MeasureAsync(database, half.AcceptedIds, halfStarted, DrainFor, cancellationToken);
            report(await ConfirmationLatency.StagesAsync(database, halfStarted, cancellationToken));
            var integrity = await IntegrityCheck.RunAsync(database, startedAt, accepted, cancellationToken);
            var all = steps.Append(warmup).Append(serial).Append(half).ToList();
            return new BenchmarkResult
            {
                PgCeilingTps = tps,
                CeilingTool = tool,
                IntakesPerSecond = best?.AcceptedPerSecond ?? 0,
                MaxServedPerSecond = served?.AcceptedPerSecond ?? 0,
                Best = best,
                Half = half,
                Serial = serial.Ack,
                Baseline = baseline,
                Commit = commit,
                AcceptedByChannel = ByChannel(accepted),
                PerIntake = after.PerIntakeSince(before, half.Acknowledged - half.Duplicates),
                Confirm = confirm,
                ConfirmCases = cases,
                ConfirmPending = pending,
                HostRssMb = rss.PeakMb,
                Cpu = cpu,
                Integrity = integrity,
                Hosts = environment.BaseUrls.Count,
                PerHostRequests = [.. Enumerable.Range(0, clients.Count).Select(i => all.Sum(window => window.PerHost[i]))],
                DurationSeconds = clock.Elapsed.TotalSeconds,
            };
        }
        finally
        {
            foreach (var client in clients) client.Dispose();
        }
    }

    private static BenchmarkResult CpuOnlyResult(
        CpuFigures cpu, LatencySummary serial, LatencySummary baseline, IntegrityReport integrity, double rssMb, int hosts, List<AcceptedIntake> accepted, TimeSpan duration) => new()
    {
        PgCeilingTps = 0,
        CeilingTool = "not measured (--cpu-only)",
        IntakesPerSecond = 0,
        MaxServedPerSecond = 0,
        Best = null,
        Half = null,
        Serial = serial,
        Baseline = baseline,
        Commit = LatencySummary.Of([]),
        AcceptedByChannel = ByChannel(accepted),
        PerIntake = [],
        Confirm = LatencySummary.Of([]),
        ConfirmCases = 0,
        ConfirmPending = 0,
        HostRssMb = rssMb,
        Cpu = cpu,
        Integrity = integrity,
        Hosts = hosts,
        PerHostRequests = [],
        DurationSeconds = duration.TotalSeconds,
    };

    private static Dictionary<string, int> ByChannel(List<AcceptedIntake> accepted) =>
        accepted.Distinct().GroupBy(intake => intake.Channel, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);

    private static HttpClient CreateClient(string baseUrl) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = int.MaxValue,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        UseProxy = false,
        // Every form post carries its own customer's antiforgery cookie, and its 303 is the acknowledgement.
        UseCookies = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
    })
    {
        BaseAddress = new Uri(baseUrl),
        Timeout = TimeSpan.FromSeconds(10),
    };
}
