using Intake.Core.Identity;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Channels.Twilio.Messaging;

/// <summary>Twilio's address notation: E.164 for SMS and voice, "whatsapp:+..." for WhatsApp.</summary>
internal static class TwilioAddress
{
    public const string WhatsAppPrefix = "whatsapp:";

    public static string ChannelOf(string? address) =>
        address is not null && address.StartsWith(WhatsAppPrefix, StringComparison.OrdinalIgnoreCase) ? ChannelValues.WhatsApp : ChannelValues.Sms;

    /// <summary>The E.164 number behind an address; FormatException when it is none (the payload is quarantined).</summary>
    public static string Phone(string? address, string defaultCountryCode) =>
        SenderAddress.NormalisePhone(address, defaultCountryCode)
        ?? throw new FormatException($"'{SenderAddress.Mask(address)}' is not a phone number.");

    /// <summary>How Twilio wants a recipient on <paramref name="channel"/>.</summary>
    public static string For(string channel, string e164) =>
        channel == ChannelValues.WhatsApp ? WhatsAppPrefix + e164 : e164;
}
