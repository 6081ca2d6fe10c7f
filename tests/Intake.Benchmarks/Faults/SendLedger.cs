using System.Collections.Concurrent;

namespace Intake.Benchmarks.Faults;

/// <summary>
/// What a fake provider took, counted per message (recipient and text): providers have no idempotency key, so the
/// same message taken twice is a duplicate the customer sees.
/// </summary>
internal sealed class SendLedger
{
    private readonly ConcurrentDictionary<string, int> _taken = new(StringComparer.Ordinal);
    private int _refused;

    public void Take(string recipient, string text) => _taken.AddOrUpdate(recipient + "\n" + text, 1, (_, n) => n + 1);

    /// <summary>A send the fake answered with an error or dropped (the provider was "down").</summary>
    public void Refuse() => Interlocked.Increment(ref _refused);

    public int Taken => _taken.Values.Sum();

    public int Distinct => _taken.Count;

    /// <summary>Messages taken more than once, counted once per extra copy.</summary>
    public int Duplicates => _taken.Values.Sum(n => n - 1);

    public int Refused => Volatile.Read(ref _refused);

    public int TimesTaken(string recipient, string text) => _taken.GetValueOrDefault(recipient + "\n" + text);
}
