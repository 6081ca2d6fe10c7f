namespace Intake.Benchmarks;

/// <summary>What one fixed-rate window of load produced: acknowledgements, their latencies, failures, per-host spread.</summary>
internal sealed record LoadWindow(
    double TargetRate,
    TimeSpan Duration,
    int Sent,
    int Acknowledged,
    int Duplicates,
    int Failed,
    int Dropped,
    LatencySummary Ack,
    IReadOnlyList<AcceptedIntake> AcceptedIds,
    IReadOnlyList<int> PerHost)
{
    /// <summary>Failed requests by reason (HTTP status or transport error).</summary>
    public IReadOnlyDictionary<string, int> FailureReasons { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Accepted intakes per second (re-deliveries answered as duplicates not counted).</summary>
    public double AcceptedPerSecond => (Acknowledged - Duplicates) / Duration.TotalSeconds;

    public double AcknowledgedPerSecond => Acknowledged / Duration.TotalSeconds;

    /// <summary>The window kept up: everything answered, nothing failed or dropped, p99 within the limit.</summary>
    public bool Sustained(double ackP99LimitMs) =>
        Failed == 0 && Dropped == 0 && Acknowledged >= Sent && Ack.P99 <= ackP99LimitMs
        && AcknowledgedPerSecond >= TargetRate * 0.95;
}
