using System.Collections.Concurrent;
using System.Globalization;

namespace Intake.Channels.Twitter.Api;

/// <summary>
/// Remembers, per X endpoint, until when it is rate limited (a 429, or x-rate-limit-remaining reaching 0), so
/// neither the sender nor the pollers call it again before x-rate-limit-reset.
/// </summary>
internal sealed class XRateLimitGate(TimeProvider time)
{
    // Without a reset header, wait this long rather than retry at once.
    private static readonly TimeSpan DefaultWait = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _blockedUntil = new(StringComparer.Ordinal);

    /// <summary>When <paramref name="endpoint"/> may be called again, or null when it may be called now.</summary>
    public DateTimeOffset? BlockedUntil(string endpoint) =>
        _blockedUntil.TryGetValue(endpoint, out var until) && until > time.GetUtcNow() ? until : null;

    public void Observe(string endpoint, int status, IReadOnlyDictionary<string, string> headers)
    {
        var reset = headers.TryGetValue("x-rate-limit-reset", out var value) &&
                    long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds) : (DateTimeOffset?)null;
        var exhausted = headers.TryGetValue("x-rate-limit-remaining", out var remaining) && remaining.Trim() == "0";
        if (status == 429 || exhausted)
            _blockedUntil[endpoint] = reset is { } r && r > time.GetUtcNow() ? r : time.GetUtcNow() + DefaultWait;
    }
}
