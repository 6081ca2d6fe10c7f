using Hangfire;

namespace Intake.Host.Outbox;

/// <summary>
/// Enqueues a dispatch job when this host committed outbox rows (woken in-process, no NOTIFY in the intake
/// transaction) or when a short poll finds rows committed by other hosts or due for a retry. While a dispatch job
/// runs on this host nothing is enqueued: the running job is woken instead (<see cref="WaitForRowsAsync"/>).
/// </summary>
public sealed class OutboxWakeup(
    IBackgroundJobClient jobs, IOutboxStore store, IWebhookDeliveryStore events, EventsOptions eventsOptions, OutboxOptions options, TimeProvider time,
    ILogger<OutboxWakeup> logger)
    : BackgroundService, IIntakeSignal
{
    // A job enqueued by this host may run on another host and never report back: after this long, enqueue again.
    private static readonly TimeSpan InFlightLimit = TimeSpan.FromSeconds(10);
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly SemaphoreSlim _jobWake = new(0, 1);
    private int _dirty;
    private int _running;
    private long _inFlightSince;

    public void OutboxWritten()
    {
        Interlocked.Exchange(ref _dirty, 1);
        Wake(_jobWake);
        Wake(_wake);
    }

    public void JobStarted() => Interlocked.Increment(ref _running);

    /// <summary>A running job is about to look for rows: what this host committed so far is its to send.</summary>
    public void TakeRows() => Interlocked.Exchange(ref _dirty, 0);

    /// <summary>Waits until this host commits outbox rows or <paramref name="atMost"/> passed; true when rows came since <see cref="TakeRows"/>.</summary>
    public async Task<bool> WaitForRowsAsync(TimeSpan atMost, CancellationToken cancellationToken)
    {
        // A wake-up left from rows a pass already took ends the wait early but is no news: the flag says whether rows came.
        if (Volatile.Read(ref _dirty) == 0) await _jobWake.WaitAsync(atMost, cancellationToken);
        return Volatile.Read(ref _dirty) == 1;
    }

    public void JobFinished()
    {
        Interlocked.Decrement(ref _running);
        Interlocked.Exchange(ref _inFlightSince, 0);
        Wake(_wake);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failing = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            await _wake.WaitAsync(options.PollInterval, stoppingToken);
            if (Volatile.Read(ref _running) > 0) continue;
            var since = Interlocked.Read(ref _inFlightSince);
            if (since != 0 && time.GetElapsedTime(since) < InFlightLimit) continue;
            try
            {
                // Events are looked for only when an endpoint is configured (the dispatcher delivers to none otherwise).
                var due = Interlocked.Exchange(ref _dirty, 0) == 1 || await store.AnyDueAsync(options.StaleClaimAfter, stoppingToken)
                    || (eventsOptions.Endpoints.Count > 0 && await events.AnyDueAsync(stoppingToken));
                if (!due) continue;
                Interlocked.Exchange(ref _inFlightSince, time.GetTimestamp());
                jobs.Enqueue<DispatchOutboxJob>(job => job.RunAsync(CancellationToken.None));
                if (failing) logger.LogInformation("Outbox dispatch can reach the database again");
                failing = false;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The database or Hangfire is away: keep the flag and try again on the next tick.
                Interlocked.Exchange(ref _dirty, 1);
                Interlocked.Exchange(ref _inFlightSince, 0);
                if (!failing) logger.LogError("Outbox dispatch cannot enqueue: {Error}", e.Message);
                failing = true;
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private static void Wake(SemaphoreSlim semaphore)
    {
        try
        {
            if (semaphore.CurrentCount == 0) semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake.
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        _jobWake.Dispose();
        base.Dispose();
    }
}
