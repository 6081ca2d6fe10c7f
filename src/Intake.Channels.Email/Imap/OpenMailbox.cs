using Intake.Channels.Email.Configuration;
using MailKit;

namespace Intake.Channels.Email.Imap;

/// <summary>A mailbox's intake folder, open read-write, and where processed mail goes (null: flag in place).</summary>
internal sealed record OpenMailbox(MailboxOptions Options, IMailFolder Folder, IMailFolder? Processed);
