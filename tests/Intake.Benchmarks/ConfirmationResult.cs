namespace Intake.Benchmarks;

/// <summary>The figures of one confirmation drain: backlog, rows handed over, their rate, and the integrity counts.</summary>
internal sealed record ConfirmationResult
{
    public required long Backlog { get; init; }
    public required long Drained { get; init; }
    /// <summary>Rows still queued or sending when the drain stopped waiting.</summary>
    public required long Left { get; init; }
    public required IReadOnlyDictionary<string, long> ByStatus { get; init; }
    public required IReadOnlyDictionary<string, long> ByChannel { get; init; }
    /// <summary>Sends the fake providers took (Twilio, X, smtp-sink); replies to channels without a fake are not in it.</summary>
    public required int SendsTaken { get; init; }
    /// <summary>Messages a fake provider took more than once.</summary>
    public required int Duplicates { get; init; }
    /// <summary>From the first row handed over to the last (database timestamps).</summary>
    public required double SendSeconds { get; init; }
    /// <summary>From starting the draining host until nothing was queued or sending.</summary>
    public required double DrainSeconds { get; init; }
    public required double DurationSeconds { get; init; }

    public double PerSecond => SendSeconds > 0 ? Drained / SendSeconds : double.NaN;

    /// <summary>Every seeded row handed over, none twice.</summary>
    public bool Clean => Left == 0 && Duplicates == 0 && Drained >= Backlog;
}
