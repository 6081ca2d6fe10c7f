namespace Intake.Core.Cases;

/// <summary>An email message of a case with its mail exactly as received (MIME, attachments included).</summary>
public sealed record CaseMail(long MessageId, byte[] Raw);
