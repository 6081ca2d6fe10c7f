using Intake.Channels.Twilio.Webhooks;
using Intake.Core.Model;

namespace Intake.Channels.Twilio.Messaging;

/// <summary>A message status callback: moves our outbound row on (sent, delivered, undelivered, failed) with Twilio's ErrorCode.</summary>
internal sealed class StatusCallbackWebhook(IDeliveryStatusStore statuses, ILogger<StatusCallbackWebhook> logger)
{
    public async Task ReceiveAsync(TwilioRequest request, CancellationToken cancellationToken)
    {
        var sid = request["MessageSid"] ?? request["SmsSid"];
        var status = Map(request["MessageStatus"] ?? request["SmsStatus"]);
        if (sid is null || status is null) return;
        // Our replies come from us: the recipient (To) tells SMS from WhatsApp.
        var channel = TwilioAddress.ChannelOf(request["To"] ?? request["From"]);
        var error = request["ErrorCode"] is { } code ? $"Twilio {code}{(request["ErrorMessage"] is { } m ? ": " + Intake.Core.Identity.PersonalDataRedactor.Redact(m) : "")}" : null;
        if (!await statuses.UpdateAsync(channel, sid, status, error, request.ReceivedAt, cancellationToken))
            logger.LogInformation("Twilio status {Status} for a message we did not send ({Channel})", status, channel);
    }

    public static string? Map(string? twilioStatus) => twilioStatus switch
    {
        "queued" or "accepted" or "scheduled" or "sending" or "sent" => OutboundStatuses.Sent,
        "delivered" or "read" => OutboundStatuses.Delivered,
        "undelivered" => OutboundStatuses.Undelivered,
        "failed" or "canceled" => OutboundStatuses.Failed,
        _ => null,
    };
}
