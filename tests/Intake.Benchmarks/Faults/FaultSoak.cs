namespace Intake.Benchmarks.Faults;

/// <summary>eng/bench --soak: the fault scenario at soak length (10,000 intakes, 20 kills by default); exit 1 when an invariant broke.</summary>
internal static class FaultSoak
{
    public static async Task<int> RunAsync(BenchmarkOptions options, Action<string> report, CancellationToken cancellationToken)
    {
        var faults = new FaultOptions
        {
            Messages = options.SoakMessages,
            Kills = options.SoakKills,
            Hosts = options.Hosts,
            Seed = options.Seed,
            HostDll = options.HostDll,
            DrainFor = TimeSpan.FromSeconds(240),
        };
        var result = await new FaultScenario(faults, report).RunAsync(cancellationToken);
        result.Print(Console.Out);
        foreach (var problem in result.Problems()) Console.Error.WriteLine("problem: " + problem);
        return result.Problems().Count == 0 ? 0 : 1;
    }
}
