namespace Intake.Channels.Twilio.Sending;

/// <summary>What the Messages API answered: the new message's sid, or Twilio's error code and message.</summary>
internal sealed record TwilioApiResponse(int HttpStatus, string? Sid, int? ErrorCode, string? ErrorMessage)
{
    public bool Created => HttpStatus is 200 or 201 && Sid is not null;
}
