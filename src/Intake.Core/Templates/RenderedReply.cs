namespace Intake.Core.Templates;

/// <summary>A reply ready for the outbox.</summary>
public sealed record RenderedReply(string Template, string? Subject, string Body);
