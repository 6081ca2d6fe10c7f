namespace Intake.Core.Cases;

/// <summary>
/// The raw mails behind a case's email messages: attachments are kept only inside them (raw first, never copied), and
/// a mail erased or purged for privacy is no longer a mail, so it drops out by itself.
/// </summary>
public interface ICaseMails
{
    /// <summary>The case's mails, oldest message first.</summary>
    Task<IReadOnlyList<CaseMail>> ListAsync(string reference, CancellationToken cancellationToken);

    /// <summary>One message's mail, only if the message belongs to the case; null otherwise.</summary>
    Task<CaseMail?> GetAsync(string reference, long messageId, CancellationToken cancellationToken);
}
