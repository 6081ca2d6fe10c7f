using System.Threading.Channels;
using Intake.Core.Identity;
using Intake.Core.Model;
using Intake.Core.Observability;
using Microsoft.Extensions.Logging;

namespace Intake.Core.Outbox;

/// <summary>
/// Claims batches of outbox rows, hands them to their channels' senders a few at a time and records a batch's outcomes
/// together; a re-run sends nothing already sent. Given a fallback, the senders of the channels in
/// <see cref="FallbackOnRefusal.DivertedChannels"/> divert a reply they refuse for good (<see cref="FallbackOnRefusal"/>).
/// </summary>
public sealed class OutboxDispatcher(
    IOutboxStore store, IEnumerable<IReplySender> senders, OutboxOptions options, IntakeMetrics metrics,
    TimeProvider time, ILogger<OutboxDispatcher> logger, IReplyFallback? fallback = null)
{
    private readonly Dictionary<string, IReplySender> _senders =
        FallbackOnRefusal.Around(senders, fallback).ToDictionary(s => s.Channel, StringComparer.Ordinal);

    /// <summary>Dispatches until nothing is due or the time budget is spent; returns how many rows it finished.</summary>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var done = 0;
        while (time.GetElapsedTime(started) < options.JobTimeBudget)
        {
            var batch = await store.ClaimAsync(options.BatchSize, options.StaleClaimAfter, cancellationToken);
            if (batch.Count == 0) break;
            done += await SendBatchAsync(batch, cancellationToken);
            // A short batch took all that was due; rows committed since wake the job again (no empty claim to learn it).
            if (batch.Count < options.BatchSize) break;
        }
        return done;
    }

    // Up to SendConcurrency sends are in flight; every send runs to its end (a sibling's failure cancels none of them,
    // since a cancelled send may still have reached the provider). Outcomes are recorded as they come, all that
    // arrived during the previous recording in one transaction, so none waits for the batch's slowest send. A slot is
    // free again only once its outcome is recorded: a crash leaves at most SendConcurrency sends unrecorded, each sent
    // again after the claim goes stale (one with the default of 1, as before concurrency).
    private async Task<int> SendBatchAsync(IReadOnlyList<OutboundMessage> batch, CancellationToken cancellationToken)
    {
        var outcomes = Channel.CreateUnbounded<PendingOutcome>(new UnboundedChannelOptions { SingleReader = true });
        var recording = RecordAllAsync(outcomes.Reader);
        using var gate = new SemaphoreSlim(Math.Max(1, options.SendConcurrency));
        var sends = batch.Select(async claimed =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                // The recorder stops only when it cannot record: then send nothing more (it would be sent again).
                if (recording.IsCompleted) return;
                if (await KeepClaimAsync(claimed, cancellationToken) is not { } message) return;
                var pending = new PendingOutcome(await SendOneAsync(message, cancellationToken));
                outcomes.Writer.TryWrite(pending);
                await Task.WhenAny(pending.Recorded.Task, recording);
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        int recorded;
        try
        {
            await Task.WhenAll(sends);
        }
        finally
        {
            // Also when the job is being stopped: what reached a provider is recorded before the job ends.
            outcomes.Writer.Complete();
            recorded = await recording;
        }
        return recorded;
    }

    private async Task<int> RecordAllAsync(ChannelReader<PendingOutcome> outcomes)
    {
        var recorded = 0;
        while (await outcomes.WaitToReadAsync(CancellationToken.None))
        {
            var ready = new List<PendingOutcome>();
            while (outcomes.TryRead(out var outcome)) ready.Add(outcome);
            try
            {
                await FinishAsync([.. ready.Select(p => p.Outcome)]);
                recorded += ready.Count;
            }
            finally
            {
                // Recorded, or the recorder gave up (then no slot sends anything more): either way the sends go on.
                foreach (var pending in ready) pending.Recorded.TrySetResult();
            }
        }
        return recorded;
    }

    /// <summary>An outcome on its way to the recorder, and the signal that frees its send slot once it is recorded.</summary>
    private sealed record PendingOutcome(SendOutcome Outcome)
    {
        public TaskCompletionSource Recorded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    // A batch's rows wait their turn under one claim time; a slow batch would let another dispatcher take its last rows
    // over as "stale" and send them while this one still does. Renewing an ageing claim before the send (and skipping a
    // row that was taken over) leaves only a dispatcher that really stopped to be taken over.
    private async Task<OutboundMessage?> KeepClaimAsync(OutboundMessage message, CancellationToken cancellationToken) =>
        time.GetUtcNow() - message.ClaimedAt < options.StaleClaimAfter / 4 ? message : await store.RenewClaimAsync(message, cancellationToken);

    private async Task<SendOutcome> SendOneAsync(OutboundMessage message, CancellationToken cancellationToken)
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
        return new SendOutcome(message, result, retryAt);
    }

    private async Task FinishAsync(IReadOnlyList<SendOutcome> outcomes)
    {
        await RecordAsync(outcomes);
        foreach (var (message, result, _) in outcomes)
        {
            metrics.ReplyFinished(message.Channel, result.Status);
            if (OutboundStatuses.Confirmed.Contains(result.Status) && message.Kind != "reply")
                metrics.ConfirmationLatency(message.Channel, time.GetUtcNow() - message.CaseReceivedAt);
            if (result.Error is not null)
                logger.LogWarning("Reply {OutboundId} of case {CaseReference} on {Channel}: attempt {Attempt} {Status}: {Error}",
                    message.Id, message.CaseReference, message.Channel, message.Attempts, result.Retry ? "will be retried" : result.Status, PersonalDataRedactor.Redact(result.Error));
        }
    }

    // The providers already have them: record the outcomes even when the job is being stopped, and through a brief
    // database outage (a PostgreSQL restart), while a claim is still ours; otherwise the rows go stale and are sent again.
    private async Task RecordAsync(IReadOnlyList<SendOutcome> outcomes)
    {
        var newestClaim = outcomes.Max(o => o.Message.ClaimedAt);
        while (true)
        {
            try
            {
                await store.CompleteAsync(outcomes, CancellationToken.None);
                return;
            }
            catch (Exception e) when (time.GetUtcNow() - newestClaim < options.StaleClaimAfter * 0.75)
            {
                logger.LogWarning("Outcomes of {Count} replies (first {OutboundId}) not recorded yet ({Error}); trying again",
                    outcomes.Count, outcomes[0].Message.Id, e.GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(1), time, CancellationToken.None);
            }
        }
    }

    // ±20 % jitter spreads retries of a provider outage over time.
    private TimeSpan RetryDelay(int attempts) => RetryBackoff.Delay(attempts, options.FirstRetryDelay, options.MaxRetryDelay, 0.8, 1.2);
}
