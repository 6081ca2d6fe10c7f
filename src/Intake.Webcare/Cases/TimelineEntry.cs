namespace Intake.Webcare.Cases;

/// <summary>One line of a case's timeline: a message, a reply, an audit event, a note or a callback, whatever the channel.</summary>
public sealed record TimelineEntry(
    DateTimeOffset At, string Type, string Title, string Actor, string? Channel = null, string? Status = null, string? Detail = null,
    string? Body = null, long? OutboundId = null, bool CanResend = false);
