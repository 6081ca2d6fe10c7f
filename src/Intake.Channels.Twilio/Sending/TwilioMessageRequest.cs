namespace Intake.Channels.Twilio.Sending;

/// <summary>One message to create: free text (Body) or an approved template (ContentSid with variables).</summary>
internal sealed record TwilioMessageRequest(string To, string Body)
{
    public string? ContentSid { get; init; }
    public string? ContentVariables { get; init; }
}
