namespace Intake.Core.Email;

/// <summary>The customer's mail a reply answers: its subject and the raw bytes as stored (for its References chain and mailbox).</summary>
public sealed record RepliedMail(string? Subject, string ContentType, byte[] Raw);
