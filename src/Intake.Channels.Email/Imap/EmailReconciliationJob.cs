using System.Globalization;
using Intake.Channels.Email.Configuration;

namespace Intake.Channels.Email.Imap;

/// <summary>Recurring Hangfire job: fetches everything above a mailbox's checkpoint, whatever the listener saw or missed.</summary>
internal sealed class EmailReconciliationJob(EmailOptions options, ImapConnector connector, MailboxSynchroniser synchroniser, ILogger<EmailReconciliationJob> logger)
{
    public static string RecurringId(string mailboxName) => string.Create(CultureInfo.InvariantCulture, $"email-reconcile-{mailboxName}");

    public async Task RunAsync(string mailboxName, CancellationToken cancellationToken)
    {
        var mailbox = options.Enabled.FirstOrDefault(m => m.Name == mailboxName);
        if (mailbox is null)
        {
            logger.LogWarning("Reconciliation for unknown mailbox {Mailbox} skipped (removed from the configuration?)", mailboxName);
            return;
        }
        using var client = await connector.ConnectAsync(mailbox, cancellationToken);
        var open = await connector.OpenAsync(client, mailbox, cancellationToken);
        var count = await synchroniser.SynchroniseAsync(open, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
        if (count > 0) logger.LogWarning("Reconciliation of mailbox {Mailbox} took in {Count} mails the listener had not (yet) processed", mailboxName, count);
    }
}
