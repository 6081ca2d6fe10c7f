namespace Intake.Core.Outbox;

/// <summary>Hands a reply to one channel's provider.</summary>
public interface IReplySender
{
    /// <summary>The channel value this sender serves (email, sms, x, ...).</summary>
    string Channel { get; }

    Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken);
}
