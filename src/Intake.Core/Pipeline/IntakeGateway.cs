using System.Data.Common;
using Intake.Core.Identity;
using Intake.Core.Model;
using Intake.Core.Observability;
using Microsoft.Extensions.Logging;

namespace Intake.Core.Pipeline;

/// <summary>
/// The door every adapter uses: the raw payload is stored first and survives whatever fails after it.
/// A payload that cannot be mapped or accepted is kept as quarantined with the reason, for staff to replay.
/// </summary>
public sealed class IntakeGateway(IRawPayloadStore raw, IntakePipeline pipeline, IntakeMetrics metrics, ILogger<IntakeGateway> logger)
{
    /// <summary>How often a message is taken in when the database reports a transient error before it goes to quarantine.</summary>
    public const int TransientAttempts = 3;

    /// <summary>Stores <paramref name="payload"/>, maps it with <paramref name="map"/> and accepts it.</summary>
    public async Task<GatewayResult> ReceiveAsync(RawPayload payload, Func<long, InboundMessage> map, CancellationToken cancellationToken)
    {
        var rawId = await raw.SaveAsync(payload, cancellationToken);
        return await AcceptStoredAsync(rawId, payload.Channel, map, cancellationToken);
    }

    /// <summary>Accepts an already stored payload again (replay after a fix); the dedupe key keeps it once.</summary>
    public async Task<GatewayResult> AcceptStoredAsync(long rawId, string channel, Func<long, InboundMessage> map, CancellationToken cancellationToken)
    {
        InboundMessage message;
        try
        {
            message = map(rawId);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidDataException or InvalidOperationException or KeyNotFoundException)
        {
            return await QuarantineAsync(rawId, channel, $"unreadable: {e.Message}", cancellationToken);
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // The pipeline marks the raw payload accepted in its own transaction.
                var result = await pipeline.AcceptAsync(message with { RawPayloadId = rawId }, cancellationToken);
                return new GatewayResult(rawId, result, null);
            }
            catch (DbException e) when (e.IsTransient && attempt < TransientAttempts)
            {
                // A deadlock or a dropped connection rolled the whole transaction back: taking it in again is safe.
                logger.LogWarning("Intake of raw payload {RawPayloadId} on {Channel} hit a transient database error (SQLSTATE {SqlState}); attempt {Attempt} of {Attempts}",
                    rawId, channel, e.SqlState, attempt + 1, TransientAttempts);
                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt * attempt), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogError("Intake of raw payload {RawPayloadId} on {Channel} failed; quarantined: {Error}", rawId, channel, PersonalDataRedactor.Redact(e.ToString()));
                return await QuarantineAsync(rawId, channel, $"pipeline failed: {e.GetType().Name}: {e.Message}", CancellationToken.None);
            }
        }
    }

    private async Task<GatewayResult> QuarantineAsync(long rawId, string channel, string reason, CancellationToken cancellationToken)
    {
        logger.LogWarning("Raw payload {RawPayloadId} on {Channel} quarantined", rawId, channel);
        await raw.QuarantineAsync(rawId, reason, cancellationToken);
        metrics.Quarantined(channel);
        return new GatewayResult(rawId, null, reason);
    }
}

/// <summary>What became of a received payload: accepted (Result) or quarantined (QuarantineReason), never lost.</summary>
public sealed record GatewayResult(long RawPayloadId, AcceptResult? Result, string? QuarantineReason)
{
    public bool Quarantined => Result is null;
}
