namespace Intake.Core.Outbox;

/// <summary>Settings of outbox dispatch (section Intake:Outbox).</summary>
public sealed class OutboxOptions
{
    /// <summary>Rows one job claims at a time.</summary>
    public int BatchSize { get; set; } = 50;
    /// <summary>
    /// Sends of a claimed batch in flight or waiting to be recorded at once (a channel that cannot take parallel sends
    /// queues them itself). A crash may send that many again; 1 keeps it to one per crash.
    /// </summary>
    public int SendConcurrency { get; set; } = 1;
    /// <summary>How often to look for rows committed by other hosts.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);
    /// <summary>A row still 'sending' after this long belonged to a dispatcher that died: it is sent again.</summary>
    public TimeSpan StaleClaimAfter { get; set; } = TimeSpan.FromMinutes(2);
    /// <summary>Attempts before a reply is marked failed (staff see it and can re-send).</summary>
    public int MaxAttempts { get; set; } = 12;
    /// <summary>First retry delay; doubles per attempt up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);
    /// <summary>How long a dispatch job stays after its last sent row, woken by new rows, before it ends (0 = end when none is due).</summary>
    public TimeSpan IdleLinger { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>
    /// How long a lingering dispatch job, woken by this host's commit, waits for more rows before it claims: the rows of
    /// the intakes that commit meanwhile share one claim and one look for events (0 = claim at once).
    /// </summary>
    public TimeSpan GatherFor { get; set; } = TimeSpan.FromMilliseconds(25);
    /// <summary>How long one dispatch job keeps claiming batches before it hands over to the next job.</summary>
    public TimeSpan JobTimeBudget { get; set; } = TimeSpan.FromSeconds(30);
}
