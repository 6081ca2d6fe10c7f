namespace Intake.Channels.Twilio;

/// <summary>The webhook paths Twilio is pointed at.</summary>
internal static class TwilioRoutes
{
    public const string Messaging = "/webhooks/twilio/sms";
    public const string Status = "/webhooks/twilio/status";
    public const string Voice = "/webhooks/twilio/voice";
    public const string VoiceMenu = "/webhooks/twilio/voice/menu";
    public const string VoiceAccount = "/webhooks/twilio/voice/account";
    public const string VoiceConfirm = "/webhooks/twilio/voice/confirm";
    public const string VoiceStatus = "/webhooks/twilio/voice/status";
}
