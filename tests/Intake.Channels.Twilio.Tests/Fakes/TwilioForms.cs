using Intake.Testing.Twilio;

namespace Intake.Channels.Twilio.Tests.Fakes;

/// <summary>Webhook forms as Twilio posts them (field names and shapes from Twilio's documentation).</summary>
public static class TwilioForms
{
    public const string OurNumber = "+3197010000001";

    public static KeyValuePair<string, string>[] Sms(string sid, string from, string body, string? profileName = null)
    {
        List<KeyValuePair<string, string>> fields =
        [
            new("ToCountry", "NL"), new("SmsMessageSid", sid), new("NumMedia", "0"), new("SmsSid", sid), new("SmsStatus", "received"),
            new("Body", body), new("To", from.StartsWith("whatsapp:", StringComparison.Ordinal) ? "whatsapp:" + OurNumber : OurNumber),
            new("NumSegments", "1"), new("MessageSid", sid), new("AccountSid", FakeTwilioApi.AccountSid), new("From", from), new("ApiVersion", "2010-04-01"),
        ];
        if (profileName is not null) fields.Add(new("ProfileName", profileName));
        return [.. fields];
    }

    public static KeyValuePair<string, string>[] Status(string messageSid, string to, string status, string? errorCode = null)
    {
        List<KeyValuePair<string, string>> fields =
        [
            new("MessageSid", messageSid), new("SmsSid", messageSid), new("MessageStatus", status), new("SmsStatus", status),
            new("To", to), new("From", OurNumber), new("AccountSid", FakeTwilioApi.AccountSid), new("ApiVersion", "2010-04-01"),
        ];
        if (errorCode is not null) fields.Add(new("ErrorCode", errorCode));
        return [.. fields];
    }

    public static KeyValuePair<string, string>[] Call(string callSid, string from, string? digits = null, string? speech = null, string callStatus = "in-progress")
    {
        List<KeyValuePair<string, string>> fields =
        [
            new("AccountSid", FakeTwilioApi.AccountSid), new("ApiVersion", "2010-04-01"), new("CallSid", callSid), new("CallStatus", callStatus),
            new("Called", OurNumber), new("Caller", from), new("Direction", "inbound"), new("From", from), new("To", OurNumber),
        ];
        if (digits is not null) fields.Add(new("Digits", digits));
        if (speech is not null) { fields.Add(new("SpeechResult", speech)); fields.Add(new("Confidence", "0.92")); }
        return [.. fields];
    }
}
