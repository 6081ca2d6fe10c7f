using Intake.Channels.Twilio.Voice;
using Intake.Channels.Twilio.Webhooks;
using Intake.Core.Model;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Channels.Twilio.Messaging;

/// <summary>Re-reads stored Twilio payloads for replay: a Messaging webhook form, or a call record.</summary>
internal sealed class TwilioRawPayloadReader(CallMessageMapper calls, IOptions<TwilioOptions> options) : IRawPayloadReader
{
    public string Channel => "twilio";

    public IReadOnlyList<string> MessageChannels { get; } = [ChannelValues.Sms, ChannelValues.WhatsApp, ChannelValues.Voice];

    public InboundMessage Read(RawPayload payload)
    {
        if (payload.ContentType.StartsWith(CallMessageMapper.ContentType, StringComparison.OrdinalIgnoreCase))
            return calls.Read(payload);
        var form = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in TwilioRequestVerifier.FormFields(payload.Body)) form.TryAdd(name, value);
        // IVR step posts are kept as evidence; the call itself is replayed through its call record.
        if (!form.ContainsKey("MessageSid") && !form.ContainsKey("SmsSid"))
            throw new InvalidDataException("Twilio payload is neither a message nor a call record.");
        return TwilioMessageMapper.Map(form, payload.ReceivedAt, options.Value.DefaultCountryCode);
    }
}
