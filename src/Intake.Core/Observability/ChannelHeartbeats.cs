using System.Collections.Concurrent;

namespace Intake.Core.Observability;

/// <summary>
/// Every enabled channel reports here: a beat after each successful poll or webhook, a failure with the
/// reason when its login or connection breaks. Readiness and the console read it.
/// </summary>
public sealed class ChannelHeartbeats(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, ChannelState> _channels = new(StringComparer.Ordinal);

    /// <summary>Declares an enabled channel; it counts as down when it has not beaten within <paramref name="staleAfter"/>.</summary>
    public void Register(string channel, TimeSpan? staleAfter) =>
        _channels.TryAdd(channel, new ChannelState(channel, staleAfter, time.GetUtcNow(), null, null));

    public void Beat(string channel) =>
        _channels.AddOrUpdate(channel, c => new ChannelState(c, null, time.GetUtcNow(), null, null),
            (_, s) => s with { LastOkAt = time.GetUtcNow(), LastError = null, LastErrorAt = null });

    public void Fail(string channel, string error) =>
        _channels.AddOrUpdate(channel, c => new ChannelState(c, null, null, error, time.GetUtcNow()),
            (_, s) => s with { LastError = error, LastErrorAt = time.GetUtcNow() });

    public IReadOnlyList<ChannelState> Snapshot() => [.. _channels.Values.OrderBy(s => s.Channel, StringComparer.Ordinal)];

    /// <summary>Why a channel is down, or null when it is up.</summary>
    public string? Problem(ChannelState state)
    {
        if (state.LastError is { } error) return $"failing since {state.LastErrorAt:u}: {error}";
        if (state.StaleAfter is { } stale && (state.LastOkAt is null || time.GetUtcNow() - state.LastOkAt > stale))
            return $"no successful poll or webhook since {state.LastOkAt:u}";
        return null;
    }
}

/// <summary>The last known state of one channel.</summary>
public sealed record ChannelState(string Channel, TimeSpan? StaleAfter, DateTimeOffset? LastOkAt, string? LastError, DateTimeOffset? LastErrorAt);
