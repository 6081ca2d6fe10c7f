using Intake.Core.Model;

namespace Intake.Channels.Twilio.Messaging;

/// <summary>Maps a Messaging webhook (SMS or WhatsApp) to an inbound message keyed by its MessageSid.</summary>
internal static class TwilioMessageMapper
{
    public static InboundMessage Map(IReadOnlyDictionary<string, string> form, DateTimeOffset receivedAt, string defaultCountryCode)
    {
        string? Field(string name) => form.TryGetValue(name, out var v) && v.Length > 0 ? v : null;
        var sid = Field("MessageSid") ?? Field("SmsMessageSid") ?? Field("SmsSid") ?? throw new FormatException("Twilio message without MessageSid.");
        var from = Field("From") ?? throw new FormatException("Twilio message without From.");
        var text = Field("Body") ?? "";
        var media = int.TryParse(Field("NumMedia"), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
        // A picture without words is still a message staff must see.
        if (text.Length == 0 && media > 0) text = $"[{media} media]";
        return new InboundMessage
        {
            Channel = TwilioAddress.ChannelOf(from),
            ProviderMessageId = sid,
            ReceivedAt = receivedAt,
            SenderAddress = TwilioAddress.Phone(from, defaultCountryCode),
            DisplayName = Field("ProfileName"),
            Text = text,
            ThreadReference = sid,
        };
    }
}
