namespace Intake.Core.Model;

/// <summary>Where an outbound message is on its way to the customer.</summary>
public static class OutboundStatuses
{
    public const string Queued = "queued";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Delivered = "delivered";
    public const string Undelivered = "undelivered";
    public const string Failed = "failed";
    public const string Suppressed = "suppressed";
    public const string DevOutbox = "dev-outbox";
    /// <summary>A letter: its PDF is made and waits for staff to print and post it (then it is sent).</summary>
    public const string ToPrint = "to-print";

    /// <summary>Statuses that count as "the customer has been confirmed".</summary>
    public static IReadOnlyList<string> Confirmed { get; } = [Sent, Delivered, DevOutbox];
}
