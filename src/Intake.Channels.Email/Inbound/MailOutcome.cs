namespace Intake.Channels.Email.Inbound;

/// <summary>What became of one fetched mail: accepted (maybe as a duplicate), quarantined, or kept without an answer (noise, bounce).</summary>
internal sealed record MailOutcome(long RawPayloadId, string Status, string? CaseReference, string? Reason)
{
    public const string Accepted = "accepted";
    public const string Duplicate = "duplicate";
    public const string Quarantined = "quarantined";
    public const string NotAnswered = "not-answered";
}
