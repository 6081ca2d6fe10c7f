namespace Intake.Core.Email;

/// <summary>Where each mailbox's intake stands, and a cross-host lock so one host reads a mailbox at a time.</summary>
public interface IMailboxCheckpoints
{
    /// <summary>The mailbox's checkpoint; null when none was ever written.</summary>
    Task<MailboxCheckpoint?> GetAsync(string mailbox, CancellationToken cancellationToken);

    /// <summary>Writes UIDVALIDITY and UID together, so a reader never sees a new UIDVALIDITY with an old UID.</summary>
    Task SetAsync(string mailbox, MailboxCheckpoint checkpoint, CancellationToken cancellationToken);

    /// <summary>Takes the mailbox's lock; null when another listener or reconciliation run (on any host) holds it. Disposing releases it.</summary>
    Task<IAsyncDisposable?> TryLockAsync(string mailbox, CancellationToken cancellationToken);
}
