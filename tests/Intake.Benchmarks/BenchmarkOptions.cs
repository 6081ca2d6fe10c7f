using System.Globalization;

namespace Intake.Benchmarks;

/// <summary>What one benchmark run does: targets, time budget and load shape, from the command line.</summary>
internal sealed record BenchmarkOptions
{
    public string? Url { get; init; }
    public string? ApiKey { get; init; }
    public string? Connection { get; init; }
    public int Hosts { get; init; } = 1;
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromMinutes(5);
    public TimeSpan CeilingDuration { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan StepDuration { get; init; } = TimeSpan.FromSeconds(8);
    public TimeSpan HalfRateDuration { get; init; } = TimeSpan.FromSeconds(20);
    public double StartRate { get; init; } = 100;
    public double RateFactor { get; init; } = 1.4;
    public double MaxRate { get; init; } = 5000;
    public int Refinements { get; init; } = 2;
    public double AckP99LimitMs { get; init; } = 50;
    public int Customers { get; init; } = 500;
    public double FormShare { get; init; } = 0.2;
    public string HostDll { get; init; } = "src/Intake.Host/bin/Release/net10.0/Intake.Host.dll";
    public int CpuIntakes { get; init; } = 3000;
    public int CpuWarmupIntakes { get; init; } = 4000;
    public double CpuRate { get; init; } = 100;
    public bool CpuOnly { get; init; }
    public bool Soak { get; init; }
    public bool Confirmations { get; init; }
    public int Backlog { get; init; } = 20_000;
    public int SoakMessages { get; init; } = 10_000;
    public int SoakKills { get; init; } = 20;
    public int Seed { get; init; } = Faults.FaultOptions.SeedFromEnvironment();

    public const string Usage = """
        Usage: eng/bench [options]
          --url URL             target a running host (also needs --api-key and --connection); default: start one
          --api-key KEY         X-Api-Key accepted by the host given with --url
          --connection CS       PostgreSQL the host uses; default: a private cluster started for the run
          --hosts N             host processes on one database, load spread round-robin (default 1)
          --max-duration S      hard limit for the whole run in seconds (default 300)
          --ceiling-seconds S   length of the PostgreSQL ceiling measurement (default 10)
          --step-seconds S      length of each rate step of the search (default 8)
          --half-seconds S      length of the half-rate run (default 20)
          --start-rate R        first step of the search in intakes/s (default 100)
          --rate-factor F       each step multiplies the rate by F (default 1.4)
          --max-rate R          the search stops here (default 5000)
          --refine N            after the search turns, N steps halve the gap between the last rate held and
                                the first missed (geometric midpoint; default 2, 0 for none)
          --customers N         seeded customers who write in (default 500)
          --form-share F        share of intakes posted through the web form instead of the API (default 0.2)
          --host-dll PATH       the built host (default src/Intake.Host/bin/Release/net10.0/Intake.Host.dll)

        Host CPU per intake (host_cpu_ms_per_intake; needs a host this run started):
          --cpu-intakes N       intakes in the measured window (default 3000, 0 for none)
          --cpu-warmup N        intakes at the same rate before it, not measured: the JIT settles (default 4000)
          --cpu-rate R          their arrival rate in intakes/s (default 100)
          --cpu-only            the CPU window and the integrity check only: no ceiling, rate search or half-rate run

        Outbox drain instead of the benchmark (confirmations_per_s):
          --confirmations       queue a backlog of confirmations with the dispatcher paused, then drain it into fake providers
          --backlog N           queued confirmations to drain (default 20000)

        Fault soak instead of the benchmark (see README, "Fault tests"):
          --soak                replay a mixed stream while SIGKILLing hosts and restarting PostgreSQL once (default 20 min limit)
          --messages N          intakes in the soak (default 10000; 10% re-deliveries)
          --kills N             hard kills spread over the soak (default 20)
          --seed N              seed of the stream and the fault moments (default INTAKE_FAULT_SEED, else 92026)
        """;

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            double Number() => double.Parse(Value(), CultureInfo.InvariantCulture);
            options = name switch
            {
                "--url" => options with { Url = Value().TrimEnd('/') },
                "--api-key" => options with { ApiKey = Value() },
                "--connection" => options with { Connection = Value() },
                "--hosts" => options with { Hosts = (int)Number() },
                "--max-duration" => options with { MaxDuration = TimeSpan.FromSeconds(Number()) },
                "--soak" => options with { Soak = true },
                "--confirmations" => options with { Confirmations = true },
                "--backlog" => options with { Backlog = (int)Number() },
                "--messages" => options with { SoakMessages = (int)Number() },
                "--kills" => options with { SoakKills = (int)Number() },
                "--seed" => options with { Seed = (int)Number() },
                "--ceiling-seconds" => options with { CeilingDuration = TimeSpan.FromSeconds(Number()) },
                "--step-seconds" => options with { StepDuration = TimeSpan.FromSeconds(Number()) },
                "--half-seconds" => options with { HalfRateDuration = TimeSpan.FromSeconds(Number()) },
                "--start-rate" => options with { StartRate = Number() },
                "--rate-factor" => options with { RateFactor = Number() },
                "--max-rate" => options with { MaxRate = Number() },
                "--refine" => options with { Refinements = (int)Number() },
                "--customers" => options with { Customers = (int)Number() },
                "--form-share" => options with { FormShare = Math.Clamp(Number(), 0, 1) },
                "--host-dll" => options with { HostDll = Value() },
                "--cpu-intakes" => options with { CpuIntakes = (int)Number() },
                "--cpu-warmup" => options with { CpuWarmupIntakes = (int)Number() },
                "--cpu-rate" => options with { CpuRate = Number() },
                "--cpu-only" => options with { CpuOnly = true },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }
        if (options.Soak && !args.Contains("--max-duration")) options = options with { MaxDuration = TimeSpan.FromMinutes(20) };
        if (options.Soak && (options.Url is not null || options.Connection is not null))
            throw new ArgumentException("--soak starts its own PostgreSQL and hosts; it cannot be combined with --url or --connection.");
        if (options.Confirmations && (options.Soak || options.Url is not null || options.Connection is not null || options.Hosts != 1))
            throw new ArgumentException("--confirmations starts its own PostgreSQL and host; it cannot be combined with --soak, --url, --connection or --hosts.");
        if (options.Backlog < 1) throw new ArgumentException("--backlog must be positive.");
        if (options.SoakMessages < 1 || options.SoakKills < 0) throw new ArgumentException("--messages must be positive and --kills not negative.");
        if (options.Url is not null && (options.Connection is null || options.ApiKey is null))
            throw new ArgumentException("--url needs --connection (for the ceiling and the checks) and --api-key.");
        if (options.Url is not null && options.Hosts != 1)
            throw new ArgumentException("--hosts starts hosts itself; it cannot be combined with --url.");
        if (options.CpuIntakes < 0 || options.CpuWarmupIntakes < 0 || options.CpuRate <= 0)
            throw new ArgumentException("--cpu-intakes and --cpu-warmup must not be negative, --cpu-rate must be positive.");
        if (options.CpuOnly && (options.Url is not null || options.CpuIntakes == 0))
            throw new ArgumentException("--cpu-only measures a host this run starts: it needs --cpu-intakes above 0 and no --url.");
        if (options.Hosts is < 1 or > 4) throw new ArgumentException("--hosts must be 1 to 4.");
        if (options.RateFactor <= 1) throw new ArgumentException("--rate-factor must be above 1.");
        if (options.Refinements is < 0 or > 6) throw new ArgumentException("--refine must be 0 to 6.");
        return options;
    }
}
