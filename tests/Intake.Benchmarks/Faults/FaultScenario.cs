using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Intake.Storage.Postgres.Cluster;
using Intake.Testing.Email;
using Npgsql;

namespace Intake.Benchmarks.Faults;

/// <summary>
/// Replays a seeded mixed stream into real host processes while killing them hard at seeded moments and restarting
/// PostgreSQL once, then checks that nothing was lost, doubled or left stuck and counts what the fake providers
/// received twice. Everything runs on loopback and is stopped at the end.
/// </summary>
internal sealed class FaultScenario(FaultOptions options, Action<string> report)
{
    public async Task<FaultReport> RunAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(options.Seed);
        await using var cluster = await PrivatePostgresCluster.StartTemporaryAsync(cancellationToken);
        var connectionString = await cluster.CreateDatabaseAsync("faults", cancellationToken);
        await using var providers = await FakeProviderApi.StartAsync();
        await using var smtp = await SmtpSink.StartAsync();
        var apiKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        await using var fleet = new HostFleet(options.HostDll, connectionString, apiKey, ProviderSettings.For(providers.BaseUrl, smtp.Port));
        for (var i = 0; i < options.Hosts; i++) await fleet.StartOneAsync(cancellationToken);
        report($"PostgreSQL on 127.0.0.1:{cluster.Port}, {options.Hosts} host(s) at {string.Join(", ", fleet.Urls)}, seed {options.Seed}");

        IReadOnlyList<SeededCustomer> customers;
        await using (var seeding = NpgsqlDataSource.Create(connectionString))
            customers = await CustomerSeeder.SeedAsync(seeding, options.Customers, cancellationToken);
        var runId = options.Seed.ToString("x", CultureInfo.InvariantCulture);
        var stream = new FaultMix(options.Seed, runId, customers, options.RedeliveryShare).Take(options.Messages);

        using var sender = new PersistentSender(() => fleet.Urls, apiKey, options.DrainFor);
        var (accepted, kills, restarts) = await SendWithFaultsAsync(stream, sender, fleet, cluster, random, cancellationToken);
        // Connections opened before the PostgreSQL restart are dead: the checks use a data source of their own.
        await using var database = NpgsqlDataSource.Create(connectionString);
        report($"all {stream.Count} intakes acknowledged after {clock.Elapsed.TotalSeconds:F0} s ({kills} kills, {restarts} PostgreSQL restarts, {sender.Retries} retries)");

        var replayed = await QuarantineReplay.RunAsync(options.HostDll, connectionString, database, cancellationToken);
        if (replayed > 0) report($"replayed {replayed} payloads quarantined during the faults");
        var left = await OutboxDrain.WaitAsync(database, options.DrainFor, cancellationToken);
        if (left > 0) report($"{left} replies still queued or sending after {options.DrainFor.TotalSeconds:F0} s");
        // smtp-sink writes its dump after answering; give the last one a moment.
        await Task.Delay(500, cancellationToken);

        var integrity = await IntegrityCheck.RunAsync(database, DateTime.UtcNow.AddDays(-1), accepted, cancellationToken);
        var figures = await FaultChecks.RunAsync(database, cancellationToken);
        return new FaultReport
        {
            Seed = options.Seed,
            MessagesSent = stream.Count,
            Redeliveries = stream.Count(request => request.Redelivery),
            Hosts = options.Hosts,
            Kills = kills,
            PgRestarts = restarts,
            SenderRetries = sender.Retries,
            QuarantinedAnswers = sender.QuarantinedAnswers,
            QuarantinedReplayed = replayed,
            Accepted = accepted.Distinct().Count(),
            Integrity = integrity,
            CancellationsWithoutConfirmation = figures.CancellationsWithoutConfirmation,
            FailedReplies = figures.FailedReplies,
            RawLeftReceived = figures.RawLeftReceived,
            RawLeftUnaccounted = figures.RawLeftUnaccounted,
            HangfireUnfinishedJobs = figures.HangfireUnfinishedJobs,
            Twilio = ProviderFigures.Of("twilio", providers.Twilio, figures.TwilioRowsSent),
            X = ProviderFigures.Of("x", providers.X, figures.XRowsSent),
            Smtp = ProviderFigures.Of("smtp", SmtpLedger.Read(smtp), figures.EmailRowsSent),
            CrashedHosts = fleet.Crashed(),
            DurationSeconds = clock.Elapsed.TotalSeconds,
        };
    }

    /// <summary>Sends the stream (paced, each request until acknowledged) while the faults strike; returns what was acknowledged.</summary>
    private async Task<(IReadOnlyCollection<AcceptedIntake> Accepted, int Kills, int Restarts)> SendWithFaultsAsync(
        IReadOnlyList<IntakeRequest> stream, PersistentSender sender, HostFleet fleet, PrivatePostgresCluster cluster, Random random, CancellationToken cancellationToken)
    {
        var accepted = new ConcurrentBag<AcceptedIntake>();
        var started = 0;
        var injected = 0;
        var faults = Schedule(random);
        // A fault that cannot be injected (a host that does not come back) stops the senders instead of leaving them retrying.
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var chaos = Task.Run(async () =>
        {
            try
            {
                return await InjectAsync(faults, () => Volatile.Read(ref started), () => Interlocked.Increment(ref injected), fleet, cluster, random, abort.Token);
            }
            catch
            {
                await abort.CancelAsync();
                throw;
            }
        }, cancellationToken);
        var pace = Stopwatch.StartNew();
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, stream.Count), new ParallelOptions
            {
                MaxDegreeOfParallelism = options.Concurrency,
                CancellationToken = abort.Token,
            }, async (index, token) =>
            {
                var due = TimeSpan.FromSeconds(index / options.Rate) - pace.Elapsed;
                if (due > TimeSpan.Zero) await Task.Delay(due, token);
                // The stream does not run ahead of a fault still to come: each strikes at its place in the stream.
                while (Volatile.Read(ref injected) is var done && done < faults.Count && faults[done].At <= index) await Task.Delay(10, token);
                Interlocked.Increment(ref started);
                accepted.Add(await sender.SendAsync(stream[index], token));
            });
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Only a failed fault injection cancels the senders: its exception says why.
            await chaos;
            throw;
        }
        var (kills, restarts) = await chaos;
        return (accepted, kills, restarts);
    }

    /// <summary>Where the faults strike, as positions in the stream: kills spread over 5–90 %, the PostgreSQL restart in the middle third.</summary>
    private List<(int At, bool Postgres)> Schedule(Random random)
    {
        var faults = Enumerable.Range(0, options.Kills)
            .Select(_ => ((int)(options.Messages * (0.05 + 0.85 * random.NextDouble())), false)).ToList();
        if (options.RestartPostgres) faults.Add(((int)(options.Messages * (0.33 + 0.33 * random.NextDouble())), true));
        return [.. faults.OrderBy(fault => fault.Item1)];
    }

    private async Task<(int Kills, int Restarts)> InjectAsync(
        List<(int At, bool Postgres)> faults, Func<int> started, Action striking, HostFleet fleet, PrivatePostgresCluster cluster, Random random, CancellationToken cancellationToken)
    {
        int kills = 0, restarts = 0;
        foreach (var (at, postgres) in faults)
        {
            while (started() < at) await Task.Delay(10, cancellationToken);
            // The stream goes on; the fault strikes at a random moment within the next half second, with requests in flight.
            striking();
            await Task.Delay(random.Next(500), cancellationToken);
            if (postgres)
            {
                report($"restarting PostgreSQL at intake {started()}");
                await cluster.StopAsync();
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
                await cluster.RestartAsync(cancellationToken);
                restarts++;
                continue;
            }
            var victim = random.Next(fleet.Count);
            report($"SIGKILL host {victim + 1} at intake {started()}");
            await fleet.KillAndRestartAsync(victim, cancellationToken);
            kills++;
        }
        return (kills, restarts);
    }
}
