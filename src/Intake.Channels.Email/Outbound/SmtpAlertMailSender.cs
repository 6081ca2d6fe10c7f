using Intake.Channels.Email.Configuration;
using Intake.Core.Alerts;
using MimeKit;

namespace Intake.Channels.Email.Outbound;

/// <summary>Sends alert mails through the SMTP session of the first mailbox that can send.</summary>
internal sealed class SmtpAlertMailSender(EmailOptions options, SmtpSessions sessions, TimeProvider time) : IAlertMailSender
{
    public async Task SendAsync(AlertMail mail, CancellationToken cancellationToken)
    {
        var mailbox = options.Mailboxes.First(m => m.CanSend);
        var message = new MimeMessage { Subject = mail.Subject, Date = time.GetUtcNow(), Body = new TextPart("plain") { Text = mail.Body } };
        message.From.Add(MailboxAddress.Parse(mail.From ?? mailbox.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        // An operator's mailbox must not answer it, nor should our own intake ever take it in as a customer's mail.
        message.Headers.Add("Auto-Submitted", "auto-generated");
        await sessions.SendAsync(mailbox, message, cancellationToken);
    }
}
