namespace Intake.Channels.Web.Api;

/// <summary>The body of POST /api/v1/intake.</summary>
internal sealed record IntakeRequest(string? Channel, string? ExternalId, string? From, string? Text, string? ReceivedAt, string? ReplyChannel, string? Subject, string? Name);
