using Intake.Core.Outbox;

namespace Intake.Channels.Twilio.Sending;

/// <summary>
/// Wraps a Twilio sender: when a reply is refused for good (opted out, invalid or fixed-line number, outside the
/// WhatsApp window) the same reply is queued by email to the address on file, or the case records that a
/// confirmation is owed, so staff see it.
/// </summary>
internal sealed class FallbackOnRefusal(IReplySender inner, IReplyFallback fallback) : IReplySender
{
    public string Channel => inner.Channel;

    public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var result = await inner.SendAsync(message, cancellationToken);
        if (result.Retry || result.Error is null) return result;
        await fallback.DivertAsync(message, result.Error, cancellationToken);
        return result;
    }
}
