using System.Collections.Frozen;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Core.Outbox;

/// <summary>
/// Wraps a channel's sender: when a reply is refused for good, the same reply goes another way (<see cref="IReplyFallback"/>:
/// by email to the address on file, or a "confirmation_owed" event that puts the case in front of staff).
/// <see cref="OutboxDispatcher"/> puts it around the sender of every channel in <see cref="DivertedChannels"/>.
/// </summary>
public sealed class FallbackOnRefusal(IReplySender inner, IReplyFallback fallback) : IReplySender
{
    /// <summary>
    /// The channels whose refusal is final for the address but not for the customer: an SMS or WhatsApp number that is
    /// opted out, invalid, fixed-line or outside the WhatsApp window, while the email on file still reaches them.
    /// </summary>
    public static readonly FrozenSet<string> DivertedChannels = new[] { ChannelValues.Sms, ChannelValues.WhatsApp }.ToFrozenSet(StringComparer.Ordinal);

    public string Channel => inner.Channel;

    public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var result = await inner.SendAsync(message, cancellationToken);
        if (result.Retry || result.Error is null) return result;
        await fallback.DivertAsync(message, result.Error, cancellationToken);
        return result;
    }

    /// <summary>The senders as they are, those of <see cref="DivertedChannels"/> wrapped; all as they are without a fallback.</summary>
    public static IEnumerable<IReplySender> Around(IEnumerable<IReplySender> senders, IReplyFallback? fallback) =>
        fallback is null ? senders : senders.Select(s => DivertedChannels.Contains(s.Channel) ? new FallbackOnRefusal(s, fallback) : s);
}
