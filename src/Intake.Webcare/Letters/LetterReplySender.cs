using Intake.Core.Identity;
using Intake.Core.Letters;
using Intake.Core.Outbox;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Webcare.Letters;

/// <summary>
/// The sender of channel manual: a reply to someone known only by a postal address becomes a printed letter (PDF) in
/// the print queue, and the reply waits as to-print until staff mark the letter posted.
/// </summary>
internal sealed class LetterReplySender(ILetterTray tray, LetterOptions options, TimeProvider time) : IReplySender
{
    public string Channel => ChannelValues.Manual;

    public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        if (PostalAddress.TryParse(message.Recipient) is not { } address) return SendResult.Permanent("the recipient is not a postal address");
        var now = time.GetUtcNow();
        await tray.AddAsync(message.Id, LetterPdf.Write(message, address, options, now), now, cancellationToken);
        return SendResult.ToPrint();
    }
}
