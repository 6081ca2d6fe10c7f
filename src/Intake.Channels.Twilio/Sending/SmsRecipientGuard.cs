using Intake.Core.Contacts;
using Intake.Core.Identity;
using Intake.Core.Model;

namespace Intake.Channels.Twilio.Sending;

/// <summary>
/// Wraps the SMS sender: never texts a number that opted out (Twilio would refuse with 21610 anyway) or a fixed line
/// (21614), so the reply goes straight to the fallback instead of failing at Twilio.
/// </summary>
internal sealed class SmsRecipientGuard(IReplySender inner, ISmsOptOuts optOuts, IOptions<TwilioOptions> options) : IReplySender
{
    public string Channel => inner.Channel;

    public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var phone = SenderAddress.NormalisePhone(message.Recipient, options.Value.DefaultCountryCode);
        if (phone is null) return SendResult.Permanent($"Twilio {TwilioReplySender.InvalidTo}: recipient is not a phone number");
        if (await optOuts.IsOptedOutAsync(phone, cancellationToken))
            return SendResult.Permanent($"Twilio {TwilioReplySender.OptedOut}: recipient opted out of SMS", OutboundStatuses.Suppressed);
        if (!MobileNumbers.MayTakeSms(phone))
            return SendResult.Permanent($"Twilio {TwilioReplySender.NotMobile}: recipient is a fixed line");
        return await inner.SendAsync(message, cancellationToken);
    }
}
