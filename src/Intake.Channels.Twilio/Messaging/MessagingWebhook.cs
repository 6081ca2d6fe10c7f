using Intake.Channels.Twilio.Webhooks;
using Intake.Core.Contacts;
using Intake.Core.Observability;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Channels.Twilio.Messaging;

/// <summary>An inbound SMS or WhatsApp message: opt-out noted, stored raw, through the pipeline, answered with empty TwiML.</summary>
internal sealed class MessagingWebhook(
    IntakeGateway gateway, ISmsOptOuts optOuts, ChannelHeartbeats heartbeats, IOptions<TwilioOptions> options, ILogger<MessagingWebhook> logger)
{
    public async Task ReceiveAsync(TwilioRequest request, CancellationToken cancellationToken)
    {
        var country = options.Value.DefaultCountryCode;
        var channel = TwilioAddress.ChannelOf(request["From"]);
        if (channel == ChannelValues.Sms && SmsOptOutKeywords.Classify(request["Body"], request["OptOutType"]) is { } optedOut
            && Intake.Core.Identity.SenderAddress.NormalisePhone(request["From"], country) is { } phone)
        {
            // Noted before the pipeline commits: the acknowledgement it queues must never go by SMS to this number.
            await optOuts.SetAsync(phone, optedOut, request["Body"]?.Trim() ?? request["OptOutType"] ?? "", request.ReceivedAt, cancellationToken);
        }
        var payload = new RawPayload("twilio", request["MessageSid"], request.ContentType, request.Body, request.ReceivedAt);
        var result = await gateway.ReceiveAsync(payload, () => TwilioMessageMapper.Map(request.Form, request.ReceivedAt, country), cancellationToken);
        heartbeats.Beat(channel);
        if (result.Quarantined)
            logger.LogWarning("Twilio {Channel} message stored as raw payload {RawPayloadId} and quarantined", channel, result.RawPayloadId);
    }
}
