namespace Intake.Channels.Twilio.Voice;

/// <summary>What a caller chose in the menu, and how a call ended up in the pipeline.</summary>
internal static class CallChoices
{
    public const string Cancel = "cancel";
    public const string Callback = "callback";
    public const string Other = "other";

    public const string Confirmed = "confirmed";
    public const string Unconfirmed = "unconfirmed";
}
