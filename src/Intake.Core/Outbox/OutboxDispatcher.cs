using Intake.Core.Identity;
using Intake.Core.Model;
using Intake.Core.Observability;
using Microsoft.Extensions.Logging;

namespace Intake.Core.Outbox;

/// <summary>Claims batches of outbox rows and hands each to its channel's sender; a re-run sends nothing already sent.</summary>
public sealed class OutboxDispatcher(
    IOutboxStore store, IEnumerable<IReplySender> senders, OutboxOptions options, IntakeMetrics metrics,
    TimeProvider time, ILogger<OutboxDispatcher> logger)
{
    private readonly Dictionary<string, IReplySender> _senders = senders.ToDictionary(s => s.Channel, StringComparer.Ordinal);

    /// <summary>Dispatches until nothing is due or the time budget is spent; returns how many rows it finished.</summary>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var done = 0;
        while (time.GetElapsedTime(started) < options.JobTimeBudget)
        {
            var batch = await store.ClaimAsync(options.BatchSize, options.StaleClaimAfter, cancellationToken);
            if (batch.Count == 0) break;
            foreach (var claimed in batch)
            {
                if (await KeepClaimAsync(claimed, cancellationToken) is not { } message) continue;
                await SendOneAsync(message, cancellationToken);
                done++;
            }
            // A short batch took all that was due; rows committed since wake the job again (no empty claim to learn it).
            if (batch.Count < options.BatchSize) break;
        }
        return done;
    }

    // A batch's rows wait their turn under one claim time; a slow batch would let another dispatcher take its last rows
    // over as "stale" and send them while this one still does. Renewing an ageing claim before the send (and skipping a
    // row that was taken over) leaves only a dispatcher that really stopped to be taken over.
    private async Task<OutboundMessage?> KeepClaimAsync(OutboundMessage message, CancellationToken cancellationToken) =>
        time.GetUtcNow() - message.ClaimedAt < options.StaleClaimAfter / 4 ? message : await store.RenewClaimAsync(message, cancellationToken);

    private async Task SendOneAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var sender = _senders.GetValueOrDefault(message.Channel) ?? new DevOutboxSender(message.Channel);
        SendResult result;
        try
        {
            result = await sender.SendAsync(message, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            result = SendResult.Transient($"{e.GetType().Name}: {e.Message}");
        }

        DateTimeOffset? retryAt = null;
        if (result.Retry && message.Attempts >= options.MaxAttempts)
            result = SendResult.Permanent($"gave up after {message.Attempts} attempts: {result.Error}");
        else if (result.Retry)
            retryAt = time.GetUtcNow() + RetryDelay(message.Attempts);

        await RecordAsync(message, result, retryAt);
        metrics.ReplyFinished(message.Channel, result.Status);
        if (OutboundStatuses.Confirmed.Contains(result.Status) && message.Kind != "reply")
            metrics.ConfirmationLatency(message.Channel, time.GetUtcNow() - message.CaseReceivedAt);
        if (result.Error is not null)
            logger.LogWarning("Reply {OutboundId} of case {CaseReference} on {Channel}: attempt {Attempt} {Status}: {Error}",
                message.Id, message.CaseReference, message.Channel, message.Attempts, result.Retry ? "will be retried" : result.Status, PersonalDataRedactor.Redact(result.Error));
    }

    // The provider already has it: record the outcome even when the job is being stopped, and through a brief database
    // outage (a PostgreSQL restart), while the claim is still ours; otherwise the row goes stale and is sent again.
    private async Task RecordAsync(OutboundMessage message, SendResult result, DateTimeOffset? retryAt)
    {
        while (true)
        {
            try
            {
                await store.CompleteAsync(message, result, retryAt, CancellationToken.None);
                return;
            }
            catch (Exception e) when (time.GetUtcNow() - message.ClaimedAt < options.StaleClaimAfter * 0.75)
            {
                logger.LogWarning("Outcome of reply {OutboundId} not recorded yet ({Error}); trying again", message.Id, e.GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(1), time, CancellationToken.None);
            }
        }
    }

    // ±20 % jitter spreads retries of a provider outage over time.
    private TimeSpan RetryDelay(int attempts) => RetryBackoff.Delay(attempts, options.FirstRetryDelay, options.MaxRetryDelay, 0.8, 1.2);
}
