using Intake.Channels.Email.Configuration;
using Intake.Channels.Email.Outbound;
using Intake.Core.Email;
using MimeKit;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Channels.Email.Inbound;

/// <summary>
/// Takes one fetched mail through the house rules: raw bytes stored first; unreadable, oversized, noise and bounces
/// kept with the reason and never answered; everything else threaded and handed to the pipeline.
/// </summary>
internal sealed class EmailIntake(
    IRawPayloadStore raw, IntakeGateway gateway, IDeliveryStatusStore deliveries, IEmailThreads threads,
    OwnAddresses own, EmailOptions options, TimeProvider time, ILogger<EmailIntake> logger)
{
    public async Task<MailOutcome> ProcessAsync(IncomingMail mail, CancellationToken cancellationToken)
    {
        var rawId = await raw.SaveAsync(new RawPayload(ChannelValues.Email, null, mail.ContentType, mail.Raw, mail.ReceivedAt), cancellationToken);
        if (mail.Truncated)
            return await KeepAsync(rawId, MailOutcome.Quarantined,
                $"too large: {mail.Size} bytes (limit {options.MaxMessageBytes}); headers stored, the full mail stays in the mailbox", cancellationToken);

        MimeMessage message;
        try
        {
            message = EmailMessageMapper.Parse(mail.Raw);
        }
        catch (FormatException e)
        {
            return await KeepAsync(rawId, MailOutcome.Quarantined, $"unreadable: {e.Message}", cancellationToken);
        }

        if (DeliveryReport.TryRead(message) is { } report) return await BounceAsync(rawId, report, cancellationToken);
        if (MailNoise.Reason(message, own) is { } noise)
            return await KeepAsync(rawId, MailOutcome.NotAnswered, $"{noise}: not answered", cancellationToken);

        var threadCase = await ThreadCaseAsync(message, cancellationToken);
        var result = await gateway.AcceptStoredAsync(rawId, ChannelValues.Email, () => EmailMessageMapper.Map(message, mail.ReceivedAt, threadCase), cancellationToken);
        return result.Result is { } accepted
            ? new MailOutcome(rawId, accepted.Duplicate ? MailOutcome.Duplicate : MailOutcome.Accepted, accepted.CaseReference, null)
            : new MailOutcome(rawId, MailOutcome.Quarantined, null, result.QuarantineReason);
    }

    /// <summary>In-Reply-To first, then References (newest first): our reply's Message-Id names its case, else the database knows.</summary>
    private async Task<string?> ThreadCaseAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        if (message.InReplyTo is { Length: > 0 } inReplyTo) ids.Add(inReplyTo);
        ids.AddRange(message.References.Reverse().Where(r => !ids.Contains(r, StringComparer.Ordinal)));
        foreach (var id in ids)
            if (OutboundMessageIds.CaseReference(id) is { } direct) return direct;
        return await threads.FindCaseReferenceAsync(ids, cancellationToken);
    }

    private async Task<MailOutcome> BounceAsync(long rawId, DeliveryReport report, CancellationToken cancellationToken)
    {
        if (report.Status != "delayed")
        {
            var known = await deliveries.UpdateAsync(ChannelValues.Email, report.OriginalMessageId, report.Status, report.Reason, time.GetUtcNow(), cancellationToken);
            logger.LogInformation("Delivery report for reply {MessageId}: {Status} (known reply: {Known})", report.OriginalMessageId, report.Status, known);
        }
        return await KeepAsync(rawId, MailOutcome.NotAnswered, $"delivery report ({report.Status}) for {report.OriginalMessageId}: not answered", cancellationToken);
    }

    private async Task<MailOutcome> KeepAsync(long rawId, string status, string reason, CancellationToken cancellationToken)
    {
        // Staff see it with the reason in the quarantine list; a replay keeps it there (the reader applies the same rules).
        await raw.QuarantineAsync(rawId, reason, cancellationToken);
        if (status == MailOutcome.Quarantined) logger.LogWarning("Mail stored as raw payload {RawPayloadId} was quarantined", rawId);
        return new MailOutcome(rawId, status, null, reason);
    }
}
