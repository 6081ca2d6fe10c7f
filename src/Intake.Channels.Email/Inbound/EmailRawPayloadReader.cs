using Intake.Core.Model;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Channels.Email.Inbound;

/// <summary>Re-reads a stored mail for a replay; noise and bounces stay out of the pipeline on a replay too.</summary>
internal sealed class EmailRawPayloadReader(OwnAddresses own) : IRawPayloadReader
{
    public string Channel => ChannelValues.Email;

    public InboundMessage Read(RawPayload payload)
    {
        if (payload.ContentType.StartsWith(IncomingMail.HeadersOnly, StringComparison.Ordinal))
            throw new InvalidDataException("too large: only the headers were stored; the full mail stays in the mailbox");
        var message = EmailMessageMapper.Parse(payload.Body);
        if (DeliveryReport.TryRead(message) is { } report)
            throw new InvalidOperationException($"delivery report for {report.OriginalMessageId}: not answered");
        if (MailNoise.Reason(message, own) is { } noise)
            throw new InvalidOperationException($"{noise}: not answered");
        // The thread lookup needs the database; the subject's reference and the sender still thread a replayed mail.
        return EmailMessageMapper.Map(message, payload.ReceivedAt, null);
    }
}
