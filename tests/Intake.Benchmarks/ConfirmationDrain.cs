using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Intake.Benchmarks.Faults;
using Intake.Storage.Postgres.Cluster;
using Intake.Testing.Email;
using Npgsql;

namespace Intake.Benchmarks;

/// <summary>
/// `eng/bench --confirmations [--backlog N]`: builds a backlog of queued confirmations through the real intake path
/// while the host's dispatcher claims nothing, then starts a host whose dispatcher drains it into the fake providers
/// and measures rows handed over per second (goal: 1,000/s).
/// </summary>
internal sealed class ConfirmationDrain(BenchmarkOptions options, Action<string> report)
{
    // First rate offered while seeding; then a little above what the host answered, so a busy machine is not buried
    // under requests that time out (seeding goes on until the backlog is there).
    private const double FirstSeedRate = 200;
    private static readonly TimeSpan SeedWindow = TimeSpan.FromSeconds(10);

    public async Task<ConfirmationResult> RunAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var deadline = DateTime.UtcNow + options.MaxDuration;
        await using var cluster = await PrivatePostgresCluster.StartTemporaryAsync(cancellationToken);
        var connectionString = await cluster.CreateDatabaseAsync("confirmations", cancellationToken);
        await using var database = NpgsqlDataSource.Create(connectionString);
        await using var providers = await FakeProviderApi.StartAsync();
        await using var smtp = await SmtpSink.StartAsync();
        var apiKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var settings = ProviderSettings.For(providers.BaseUrl, smtp.Port);

        // The paused dispatcher: a claim of zero rows takes nothing, so every confirmation the pipeline writes stays queued.
        var paused = new Dictionary<string, string>(settings, StringComparer.Ordinal) { ["Intake__Outbox__BatchSize"] = "0" };
        long backlog;
        await using (var seeder = await HostProcess.StartAsync(options.HostDll, connectionString, apiKey, cancellationToken, paused))
        {
            report($"PostgreSQL on 127.0.0.1:{cluster.Port}, seeding host at {seeder.BaseUrl} (dispatcher paused)");
            backlog = await SeedAsync(database, seeder.BaseUrl, apiKey, deadline, cancellationToken);
        }
        report($"backlog: {backlog} queued replies after {clock.Elapsed.TotalSeconds:F0} s; starting the draining host");

        var drainStarted = DateTimeOffset.UtcNow;
        // Sixteen send slots: the throughput setting (README, Outbox), where a crash may send up to sixteen replies again.
        var draining = new Dictionary<string, string>(settings, StringComparer.Ordinal) { ["Intake__Outbox__SendConcurrency"] = "16" };
        await using var drainer = await HostProcess.StartAsync(options.HostDll, connectionString, apiKey, cancellationToken, draining);
        var left = await OutboxDrain.WaitAsync(database, Remaining(deadline), cancellationToken);
        var drainSeconds = (DateTimeOffset.UtcNow - drainStarted).TotalSeconds;
        if (drainer.HasExited) throw new InvalidOperationException($"The draining host died:{Environment.NewLine}{drainer.Tail()}");
        // smtp-sink writes its dump after answering; give the last one a moment.
        await Task.Delay(500, cancellationToken);

        var figures = await ConfirmationFigures.ReadAsync(database, drainStarted, cancellationToken);
        var ledgers = new[] { providers.Twilio, providers.X, SmtpLedger.Read(smtp) };
        return new ConfirmationResult
        {
            Backlog = backlog,
            Drained = figures.Drained,
            Left = left,
            ByStatus = figures.ByStatus,
            ByChannel = figures.ByChannel,
            SendsTaken = ledgers.Sum(ledger => ledger.Taken),
            Duplicates = ledgers.Sum(ledger => ledger.Duplicates),
            SendSeconds = figures.SendSeconds,
            DrainSeconds = drainSeconds,
            DurationSeconds = clock.Elapsed.TotalSeconds,
        };
    }

    /// <summary>Posts intakes (the benchmark's mix) until the pipeline has queued <see cref="BenchmarkOptions.Backlog"/> replies.</summary>
    private async Task<long> SeedAsync(NpgsqlDataSource database, string baseUrl, string apiKey, DateTime deadline, CancellationToken cancellationToken)
    {
        var customers = await CustomerSeeder.SeedAsync(database, options.Customers, cancellationToken);
        var runId = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false, UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromSeconds(10),
        };
        var load = new OpenLoopLoad([client], apiKey, new IntakeMix(runId, customers, options.FormShare));
        var rate = FirstSeedRate;
        while (true)
        {
            var queued = await QueuedAsync(database, cancellationToken);
            if (queued >= options.Backlog) return queued;
            // Half the budget at most: the drain needs the rest.
            if (Remaining(deadline) < options.MaxDuration / 2)
                throw new TimeoutException($"Only {queued} of {options.Backlog} replies queued within half of --max-duration.");
            var missing = options.Backlog - queued;
            var window = TimeSpan.FromSeconds(Math.Min(SeedWindow.TotalSeconds, Math.Max(1, missing / rate)));
            var sent = await load.RunAsync(rate, window, cancellationToken);
            report(string.Create(CultureInfo.InvariantCulture, $"seeding: {queued} queued, +{sent.Acknowledged} acks at {rate:F0}/s offered, failed {sent.Failed}"));
            rate = Math.Clamp(sent.AcknowledgedPerSecond * 1.25, 50, 2000);
        }
    }

    private static async Task<long> QueuedAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT count(*) FROM outbound_message WHERE status = 'queued'");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static TimeSpan Remaining(DateTime deadline) => deadline - DateTime.UtcNow is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero;
}
