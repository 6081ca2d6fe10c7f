namespace Intake.Benchmarks;

/// <summary>The figures of one run, as printed in the table and the final JSON line.</summary>
internal sealed record BenchmarkResult
{
    public required double PgCeilingTps { get; init; }
    public required string CeilingTool { get; init; }
    public required double IntakesPerSecond { get; init; }
    public required double MaxServedPerSecond { get; init; }
    public required LoadWindow? Best { get; init; }
    public required LoadWindow? Half { get; init; }
    public required LatencySummary Serial { get; init; }
    public required LatencySummary Baseline { get; init; }
    public required LatencySummary Commit { get; init; }
    public required IReadOnlyDictionary<string, int> AcceptedByChannel { get; init; }
    public required IReadOnlyList<(string Name, double PerIntake)> PerIntake { get; init; }
    public required LatencySummary Confirm { get; init; }
    public required int ConfirmCases { get; init; }
    public required int ConfirmPending { get; init; }
    public required double HostRssMb { get; init; }
    public required CpuFigures? Cpu { get; init; }
    public required IntegrityReport Integrity { get; init; }
    public required int Hosts { get; init; }
    public required IReadOnlyList<int> PerHostRequests { get; init; }
    public required double DurationSeconds { get; init; }

    public double Ratio => PgCeilingTps > 0 ? IntakesPerSecond / PgCeilingTps : 0;
}
