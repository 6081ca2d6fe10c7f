namespace Intake.Core.Pipeline;

/// <summary>Runs quarantined payloads through the gateway again after a fix; the dedupe key keeps each message once.</summary>
public sealed class QuarantineReplayer(IRawPayloadStore raw, IntakeGateway gateway, IEnumerable<IRawPayloadReader> readers)
{
    private readonly Dictionary<string, IRawPayloadReader> _readers = readers.ToDictionary(r => r.Channel, StringComparer.Ordinal);

    public async Task<GatewayResult?> ReplayAsync(long rawPayloadId, CancellationToken cancellationToken)
    {
        if (await raw.GetAsync(rawPayloadId, cancellationToken) is not { } stored) return null;
        // Retention or erasure replaced its body with a marker: there is nothing left to take in.
        if (stored.Status == "purged") return new GatewayResult(rawPayloadId, null, "purged: its personal data was removed");
        if (!_readers.TryGetValue(stored.Payload.Channel, out var reader))
        {
            await raw.QuarantineAsync(rawPayloadId, $"no reader for channel {stored.Payload.Channel} on this host", cancellationToken);
            return new GatewayResult(rawPayloadId, null, $"no reader for channel {stored.Payload.Channel}");
        }
        return await gateway.AcceptStoredAsync(rawPayloadId, stored.Payload.Channel, () => reader.Read(stored.Payload), cancellationToken);
    }

    /// <summary>
    /// Takes in payloads whose request was cut off between storing and accepting them (the host was killed, the database
    /// went away): still 'received' after <paramref name="olderThan"/>. A re-delivery that was accepted meanwhile makes
    /// the replay a duplicate of it; an unreadable one goes to quarantine for staff. Returns (accepted, quarantined).
    /// </summary>
    public async Task<(int Accepted, int Quarantined)> TakeInInterruptedAsync(DateTimeOffset now, TimeSpan olderThan, int limit, CancellationToken cancellationToken)
    {
        var accepted = 0;
        var quarantined = 0;
        foreach (var id in await raw.ListInterruptedAsync(now - olderThan, limit, cancellationToken))
        {
            var result = await ReplayAsync(id, cancellationToken);
            if (result is { Quarantined: false }) accepted++;
            else quarantined++;
        }
        return (accepted, quarantined);
    }

    /// <summary>Replays every quarantined payload (oldest first); returns how many were accepted now.</summary>
    public async Task<(int Accepted, int StillQuarantined)> ReplayAllAsync(CancellationToken cancellationToken)
    {
        var accepted = 0;
        var failed = 0;
        foreach (var id in await raw.ListQuarantinedAsync(10_000, cancellationToken))
        {
            var result = await ReplayAsync(id, cancellationToken);
            if (result is { Quarantined: false }) accepted++;
            else failed++;
        }
        return (accepted, failed);
    }
}
