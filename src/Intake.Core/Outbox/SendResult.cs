using Intake.Core.Model;

namespace Intake.Core.Outbox;

/// <summary>What a provider made of a reply: a status from <see cref="OutboundStatuses"/>, or an error to retry or give up on.</summary>
public sealed record SendResult(string Status, string? ProviderId, string? Error, bool Retry)
{
    public static SendResult Sent(string? providerId) => new(OutboundStatuses.Sent, providerId, null, false);
    public static SendResult DevOutbox() => new(OutboundStatuses.DevOutbox, null, null, false);
    /// <summary>A letter ready for staff to print and post; it counts as sent once they mark it posted.</summary>
    public static SendResult ToPrint() => new(OutboundStatuses.ToPrint, null, null, false);
    /// <summary>A fault that may pass (provider down, timeout, rate limit): try again later.</summary>
    public static SendResult Transient(string error) => new(OutboundStatuses.Queued, null, error, true);
    /// <summary>A refusal that will not pass (invalid recipient, suppressed): give up.</summary>
    public static SendResult Permanent(string error, string status = OutboundStatuses.Failed) => new(status, null, error, false);
}
