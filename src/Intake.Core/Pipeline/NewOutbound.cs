namespace Intake.Core.Pipeline;

/// <summary>A reply to write to the outbox in the intake transaction.</summary>
public sealed record NewOutbound(
    long CaseId, string Kind, string Channel, string Recipient, string Language, string Template,
    string? Subject, string Body, string? InReplyTo, DateTimeOffset CreatedAt);
