namespace Intake.Benchmarks;

/// <summary>The thread-safe counters of one load window, filled by many concurrent requests.</summary>
internal sealed class WindowTally(int hosts)
{
    private readonly Lock _gate = new();
    private readonly List<double> _latencies = [];
    private readonly List<AcceptedIntake> _accepted = [];
    private readonly Dictionary<string, int> _failures = new(StringComparer.Ordinal);
    private readonly int[] _perHost = new int[hosts];
    private int _inFlight;
    private int _sent;
    private int _duplicates;

    public int InFlight => Volatile.Read(ref _inFlight);

    public void Start(int host)
    {
        Interlocked.Increment(ref _inFlight);
        lock (_gate)
        {
            _sent++;
            _perHost[host]++;
        }
    }

    public void Finish() => Interlocked.Decrement(ref _inFlight);

    public void Acknowledge(AcceptedIntake intake, double latencyMs, bool duplicate)
    {
        lock (_gate)
        {
            _latencies.Add(latencyMs);
            _accepted.Add(intake);
            if (duplicate) _duplicates++;
        }
    }

    public void Fail(string reason)
    {
        lock (_gate) _failures[reason] = _failures.GetValueOrDefault(reason) + 1;
    }

    public LoadWindow Summarise(double rate, TimeSpan duration, int dropped)
    {
        lock (_gate)
        {
            return new LoadWindow(rate, duration, _sent, _latencies.Count, _duplicates, _failures.Values.Sum(), dropped,
                LatencySummary.Of(_latencies), [.. _accepted], [.. _perHost]) { FailureReasons = new Dictionary<string, int>(_failures, StringComparer.Ordinal) };
        }
    }
}
