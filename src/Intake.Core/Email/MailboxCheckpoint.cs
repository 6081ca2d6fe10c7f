namespace Intake.Core.Email;

/// <summary>Where a mailbox's intake stands: the folder's UIDVALIDITY and the highest UID whose mail the pipeline committed.</summary>
public sealed record MailboxCheckpoint(uint UidValidity, uint LastUid);
