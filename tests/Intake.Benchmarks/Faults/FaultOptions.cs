namespace Intake.Benchmarks.Faults;

/// <summary>What one fault run does: how many intakes, how many hard kills, whether PostgreSQL restarts, which seed.</summary>
internal sealed record FaultOptions
{
    /// <summary>The seed of the fault tests unless INTAKE_FAULT_SEED says otherwise (printed with every report).</summary>
    public const int DefaultSeed = 9_2026;

    public int Messages { get; init; } = 2_000;
    public double RedeliveryShare { get; init; } = 0.10;
    public int Hosts { get; init; } = 1;
    public int Kills { get; init; } = 4;
    public bool RestartPostgres { get; init; } = true;
    public int Seed { get; init; } = SeedFromEnvironment();
    /// <summary>Intakes started per second (paced, so kills land while replies are being dispatched).</summary>
    public double Rate { get; init; } = 100;
    public int Concurrency { get; init; } = 16;
    public int Customers { get; init; } = 200;
    /// <summary>How long, after the last intake, every reply gets to leave the outbox (a row of a killed host waits for its stale claim and the minutely sweep).</summary>
    public TimeSpan DrainFor { get; init; } = TimeSpan.FromSeconds(150);
    public string HostDll { get; init; } = "src/Intake.Host/bin/Release/net10.0/Intake.Host.dll";

    public static int SeedFromEnvironment() =>
        int.TryParse(Environment.GetEnvironmentVariable("INTAKE_FAULT_SEED"), System.Globalization.CultureInfo.InvariantCulture, out var seed)
            ? seed
            : DefaultSeed;
}
