using Intake.Channels.Twilio.Messaging;
using Intake.Core.Contacts;
using Intake.Core.Identity;
using Intake.Core.Model;
using Intake.Core.Observability;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Channels.Twilio.Sending;

/// <summary>Sends an SMS or WhatsApp reply through the Messages API and turns Twilio's answer into a <see cref="SendResult"/>.</summary>
internal sealed class TwilioReplySender(
    string channel, TwilioMessagesApi api, IContactHistory contacts, ChannelHeartbeats heartbeats, IOptions<TwilioOptions> options, TimeProvider time)
    : IReplySender
{
    public const int OptedOut = 21610;
    public const int InvalidTo = 21211;
    public const int NotMobile = 21614;
    public const int OutsideSessionWindow = 63016;
    private const int RateLimited = 20429;
    private const int MaxSegments = 2;
    // WhatsApp's customer-care window: free text may go out within 24 hours of the customer's last message.
    private static readonly TimeSpan WhatsAppWindow = TimeSpan.FromHours(24);

    public string Channel { get; } = channel;

    public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var phone = SenderAddress.NormalisePhone(message.Recipient, o.DefaultCountryCode);
        if (phone is null) return SendResult.Permanent($"Twilio {InvalidTo}: recipient is not a phone number");
        // Two segments at most (cost and readability); the fit never cuts a word and keeps the reference and time up front.
        var body = Channel == ChannelValues.Sms ? SmsSegments.Fit(message.Body, MaxSegments) : message.Body;
        var request = new CreateMessageOptions(new PhoneNumber(TwilioAddress.For(Channel, phone))) { Body = body };
        if (!string.IsNullOrWhiteSpace(o.MessagingServiceSid)) request.MessagingServiceSid = o.MessagingServiceSid;
        else if (o.From is not null) request.From = new PhoneNumber(o.From);
        if (Channel == ChannelValues.WhatsApp)
        {
            if (string.IsNullOrWhiteSpace(o.MessagingServiceSid)) request.From = new PhoneNumber(TwilioAddress.For(Channel, o.WhatsAppFrom ?? o.From ?? ""));
            var last = await contacts.LastInboundAsync(ChannelValues.WhatsApp, phone, cancellationToken);
            if (last is null || time.GetUtcNow() - last > WhatsAppWindow)
            {
                // Outside the customer-care window WhatsApp takes only an approved template.
                if (string.IsNullOrWhiteSpace(o.WhatsAppContentSid))
                    return SendResult.Permanent($"Twilio {OutsideSessionWindow}: outside the 24-hour WhatsApp window and no template configured");
                request.Body = null;
                request.ContentSid = o.WhatsAppContentSid;
                request.ContentVariables = WhatsAppTemplateVariables.For(message);
            }
        }
        if (!string.IsNullOrWhiteSpace(o.PublicBaseUrl)) request.StatusCallback = new Uri(o.PublicBaseUrl.TrimEnd('/') + TwilioRoutes.Status);

        TwilioApiResponse response;
        try
        {
            response = await api.CreateAsync(request, cancellationToken);
        }
        catch (ApiConnectionException e) when (!cancellationToken.IsCancellationRequested)
        {
            // The library wraps what the transport threw (refused connection, our resilience timeout).
            return SendResult.Transient($"Twilio unreachable: {(e.InnerException ?? e).GetType().Name}");
        }
        return Interpret(response);
    }

    private SendResult Interpret(TwilioApiResponse response)
    {
        if (response.Created)
        {
            heartbeats.Beat(Channel);
            // Twilio's queued/accepted mean the provider has it; the status callback tells the rest.
            return SendResult.Sent(response.Sid);
        }
        var error = $"Twilio {response.ErrorCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} (HTTP {response.HttpStatus}): {PersonalDataRedactor.Redact(response.ErrorMessage)}";
        if (response.HttpStatus is 401 or 403)
        {
            heartbeats.Fail(Channel, "Twilio refused our credentials");
            return SendResult.Transient(error);
        }
        if (response.HttpStatus == 429 || response.ErrorCode == RateLimited || response.HttpStatus >= 500)
            return SendResult.Transient(error);
        if (response.ErrorCode == OptedOut) return SendResult.Permanent(error, OutboundStatuses.Suppressed);
        return SendResult.Permanent(error);
    }
}
