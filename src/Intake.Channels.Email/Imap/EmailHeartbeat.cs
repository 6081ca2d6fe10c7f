using Intake.Channels.Email.Configuration;

namespace Intake.Channels.Email.Imap;

/// <summary>The heartbeat name of a mailbox: one per mailbox, so a broken one shows even while another works.</summary>
internal static class EmailHeartbeat
{
    public static string For(MailboxOptions mailbox) => $"email:{mailbox.Name}";
}
