using Intake.Channels.Email.Auth;
using Intake.Channels.Email.Configuration;
using MailKit;
using MailKit.Net.Imap;

namespace Intake.Channels.Email.Imap;

/// <summary>Connects and logs in to a mailbox's IMAP server and opens its intake folder read-write, with the processed folder ready.</summary>
internal sealed class ImapConnector(MailAuthenticator authenticator, EmailOptions options)
{
    public async Task<ImapClient> ConnectAsync(MailboxOptions mailbox, CancellationToken cancellationToken)
    {
        var client = new ImapClient { Timeout = (int)options.CommandTimeout.TotalMilliseconds };
        if (options.AcceptInvalidCertificates) client.ServerCertificateValidationCallback = (_, _, _, _) => true;
        try
        {
            await client.ConnectAsync(mailbox.ImapHost, mailbox.ImapPort, mailbox.ImapSecurity, cancellationToken);
            await authenticator.AuthenticateAsync(client, mailbox, smtp: false, cancellationToken);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>The intake folder, opened read-write; the processed folder is created here when missing.</summary>
    public async Task<OpenMailbox> OpenAsync(ImapClient client, MailboxOptions mailbox, CancellationToken cancellationToken)
    {
        var folder = mailbox.Folder.Equals("INBOX", StringComparison.OrdinalIgnoreCase)
            ? client.Inbox
            : await client.GetFolderAsync(mailbox.Folder, cancellationToken);
        IMailFolder? processed = null;
        if (mailbox.ProcessedFolder.Length > 0)
        {
            try
            {
                processed = await client.GetFolderAsync(mailbox.ProcessedFolder, cancellationToken);
            }
            catch (FolderNotFoundException)
            {
                var root = client.GetFolder(client.PersonalNamespaces[0]);
                processed = await root.CreateAsync(mailbox.ProcessedFolder, true, cancellationToken);
            }
        }
        await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
        return new OpenMailbox(mailbox, folder, processed);
    }
}
