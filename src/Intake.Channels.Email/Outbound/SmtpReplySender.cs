using System.Net.Sockets;
using Intake.Channels.Email.Configuration;
using Intake.Channels.Email.Inbound;
using Intake.Core.Email;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Channels.Email.Outbound;

/// <summary>
/// Sends email replies over SMTP from the mailbox the customer wrote to. Our Message-Id is on the row before the
/// send and the server's acceptance is recorded at once, so a retried job never sends a mail the server already took.
/// </summary>
internal sealed class SmtpReplySender(EmailOptions options, SmtpSessions sessions, ISentMailLedger sent, IEmailThreads threads, TimeProvider time) : IReplySender
{
    public string Channel => ChannelValues.Email;

    public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var replied = message.InReplyTo is { Length: > 0 } id ? await threads.FindMailAsync(id, cancellationToken) : null;
        var mailbox = Mailbox(replied);
        if (mailbox is null) return SendResult.Permanent("no mailbox has SMTP settings (Intake:Email:Mailboxes:N:SmtpHost and From)");
        var from = MailboxAddress.Parse(mailbox.From);
        var messageId = OutboundMessageIds.For(message.Id, message.CaseReference, from.Domain);
        if (await sent.BeginAsync(message.Id, messageId, cancellationToken)) return SendResult.Sent(messageId);

        MimeMessage mime;
        try
        {
            mime = ReplyMimeBuilder.Build(message, from, messageId, replied, time.GetUtcNow());
        }
        catch (ParseException e)
        {
            return SendResult.Permanent($"invalid recipient address: {e.Message}");
        }

        try
        {
            var reply = await sessions.SendAsync(mailbox, mime, cancellationToken);
            // Recorded before anything else can fail: a re-run of this row now knows the mail left.
            await sent.AcceptedAsync(message.Id, messageId, reply, time.GetUtcNow(), CancellationToken.None);
            return SendResult.Sent(messageId);
        }
        catch (SmtpCommandException e) when ((int)e.StatusCode >= 500)
        {
            return SendResult.Permanent($"SMTP {(int)e.StatusCode}: {e.Message}");
        }
        catch (SmtpCommandException e)
        {
            return SendResult.Transient($"SMTP {(int)e.StatusCode}: {e.Message}");
        }
        catch (Exception e) when (e is IOException or SocketException or SmtpProtocolException or ServiceNotConnectedException
                                   or AuthenticationException or SslHandshakeException or TimeoutException or HttpRequestException)
        {
            return SendResult.Transient($"{e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>The mailbox the customer's mail came in on, else the first that can send.</summary>
    private MailboxOptions? Mailbox(RepliedMail? replied)
    {
        var sending = options.Mailboxes.Where(m => m.CanSend).ToList();
        var name = replied is null ? null : IncomingMail.MailboxOf(replied.ContentType);
        return sending.FirstOrDefault(m => m.Name == name) ?? sending.FirstOrDefault();
    }
}
