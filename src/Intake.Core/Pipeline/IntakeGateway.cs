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
public sealed class IntakeGateway(
    IRawPayloadStore raw, IIntakeStore store, IntakePipeline pipeline, IntakeMetrics metrics, TimeProvider time, ILogger<IntakeGateway> logger)
{
    /// <summary>How often a message is taken in when the database reports a transient error before it goes to quarantine.</summary>
    public const int TransientAttempts = 3;

    private static bool Unreadable(Exception e) =>
        e is FormatException or ArgumentException or InvalidDataException or InvalidOperationException or KeyNotFoundException;

    /// <summary>
    /// Stores <paramref name="payload"/>, maps it with <paramref name="map"/> and accepts it, all in ONE transaction with one
    /// commit: the raw payload, a savepoint, the pipeline (the payload and the savepoint travel with the message insert, so
    /// the message is mapped before its payload's id exists). A failure after the savepoint is rolled back to it and the
    /// payload committed as quarantined; when the transaction cannot even store it, the payload is stored on its own and
    /// taken in as a replay is.
    /// </summary>
    public async Task<GatewayResult> ReceiveAsync(RawPayload payload, Func<InboundMessage> map, CancellationToken cancellationToken)
    {
        IIntakeSession session;
        try
        {
            session = await store.BeginAsync(cancellationToken);
        }
        catch (Exception e)
        {
            if (e is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                await KeepForSweepAsync(payload);
                throw;
            }
            logger.LogError("Intake transaction on {Channel} failed; raw payload stored on its own: {Error}", payload.Channel, PersonalDataRedactor.Redact(e.ToString()));
            return await AcceptStoredAsync(await raw.SaveAsync(payload, CancellationToken.None), payload.Channel, map, cancellationToken);
        }

        await using (session)
        {
            session.SaveRawPayload(payload);
            try
            {
                return await AcceptInAsync(session, payload, map, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await KeepForSweepAsync(payload);
                throw;
            }
        }
    }

    /// <summary>A request cut off before its commit keeps its payload as received: the interrupted-intake sweep takes it in.</summary>
    private Task KeepForSweepAsync(RawPayload payload) => raw.SaveAsync(payload, CancellationToken.None);

    private async Task<GatewayResult> AcceptInAsync(IIntakeSession session, RawPayload payload, Func<InboundMessage> map, CancellationToken cancellationToken)
    {
        InboundMessage message;
        try
        {
            message = map();
        }
        catch (Exception e) when (Unreadable(e))
        {
            return await QuarantineInAsync(session, payload, $"unreadable: {e.Message}", null);
        }

        try
        {
            var result = await TakeInAsync(() => session.RawPayloadId, payload.Channel, async attempt =>
            {
                // A transient error aborted what ran after the savepoint; the raw payload before it is still there.
                if (attempt > 1) await session.RollBackToRawPayloadAsync(cancellationToken);
                return await pipeline.AcceptAsync(session, message, cancellationToken);
            }, cancellationToken);
            return new GatewayResult(session.RawPayloadId!.Value, result, null);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError("Intake of raw payload {RawPayloadId} on {Channel} failed; quarantined: {Error}", session.RawPayloadId, payload.Channel, PersonalDataRedactor.Redact(e.ToString()));
            return await QuarantineInAsync(session, payload, $"pipeline failed: {e.GetType().Name}: {e.Message}", map);
        }
    }

    /// <summary>
    /// Rolls back to the raw payload's savepoint and commits it quarantined. A transaction that cannot do that (its
    /// connection dropped) stores the payload anew and, when it was readable (<paramref name="map"/>), takes it in again
    /// in fresh transactions as a replay is; only what fails there too goes to quarantine.
    /// </summary>
    private async Task<GatewayResult> QuarantineInAsync(IIntakeSession session, RawPayload payload, string reason, Func<InboundMessage>? map)
    {
        long rawId;
        try
        {
            rawId = await session.QuarantineRawPayloadAsync(reason, time.GetUtcNow(), CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogError("Quarantine of raw payload {RawPayloadId} in its transaction failed; stored on its own: {Error}", session.RawPayloadId, PersonalDataRedactor.Redact(e.ToString()));
            var stored = await raw.SaveAsync(payload, CancellationToken.None);
            return map is null
                ? await QuarantineAsync(stored, payload.Channel, reason, CancellationToken.None)
                : await AcceptStoredAsync(stored, payload.Channel, map, CancellationToken.None);
        }
        logger.LogWarning("Raw payload {RawPayloadId} on {Channel} quarantined", rawId, payload.Channel);
        metrics.Quarantined(payload.Channel);
        return new GatewayResult(rawId, null, reason);
    }

    /// <summary>Accepts an already stored payload again (replay after a fix); the dedupe key keeps it once.</summary>
    public async Task<GatewayResult> AcceptStoredAsync(long rawId, string channel, Func<InboundMessage> map, CancellationToken cancellationToken)
    {
        InboundMessage message;
        try
        {
            message = map();
        }
        catch (Exception e) when (Unreadable(e))
        {
            return await QuarantineAsync(rawId, channel, $"unreadable: {e.Message}", cancellationToken);
        }

        try
        {
            // The pipeline marks the raw payload accepted in its own transaction.
            var result = await TakeInAsync(() => rawId, channel, _ => pipeline.AcceptAsync(message with { RawPayloadId = rawId }, cancellationToken), cancellationToken);
            return new GatewayResult(rawId, result, null);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError("Intake of raw payload {RawPayloadId} on {Channel} failed; quarantined: {Error}", rawId, channel, PersonalDataRedactor.Redact(e.ToString()));
            return await QuarantineAsync(rawId, channel, $"pipeline failed: {e.GetType().Name}: {e.Message}", CancellationToken.None);
        }
    }

    /// <summary>Runs <paramref name="accept"/> (given the attempt, from 1) again after a transient database error, up to <see cref="TransientAttempts"/>.</summary>
    /// <param name="rawId">The raw payload's id for the log, once it is known.</param>
    private async Task<AcceptResult> TakeInAsync(Func<long?> rawId, string channel, Func<int, Task<AcceptResult>> accept, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await accept(attempt);
            }
            catch (DbException e) when (e.IsTransient && attempt < TransientAttempts)
            {
                // A deadlock or a dropped connection rolled the pipeline's work back: taking the message in again is safe.
                logger.LogWarning("Intake of raw payload {RawPayloadId} on {Channel} hit a transient database error (SQLSTATE {SqlState}); attempt {Attempt} of {Attempts}",
                    rawId(), channel, e.SqlState, attempt + 1, TransientAttempts);
                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt * attempt), cancellationToken);
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
