using Intake.Core.Identity;
using Intake.Core.Model;
using MimeKit;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Channels.Email.Inbound;

/// <summary>Maps a parsed mail to the pipeline's message; throws FormatException or InvalidDataException for mail we cannot read.</summary>
internal static class EmailMessageMapper
{
    /// <param name="threadCase">The case the mail's In-Reply-To/References point at, when the adapter found one.</param>
    public static InboundMessage Map(MimeMessage message, DateTimeOffset receivedAt, string? threadCase)
    {
        var from = message.From.Mailboxes.FirstOrDefault() ?? throw new FormatException("mail without a From address");
        var sender = SenderAddress.NormaliseEmail(from.Address) ?? throw new FormatException("mail with an invalid From address");
        var body = MailBody.Read(message);
        if (body.Text.Length == 0 && body.Attachments.Count == 0 && string.IsNullOrWhiteSpace(message.Subject))
            throw new FormatException("mail without subject, text or attachments");
        return new InboundMessage
        {
            Channel = ChannelValues.Email,
            ProviderMessageId = EmailDedupeKey.For(message, body.Text),
            ReceivedAt = receivedAt,
            SenderAddress = sender,
            DisplayName = string.IsNullOrWhiteSpace(from.Name) ? null : from.Name.Trim(),
            Subject = CaseReferences.WithReference(message.Subject, threadCase),
            // The answer to one of our replies joins that case, whoever sends it from where.
            RelatedCaseReference = threadCase,
            // A scanned letter or a photo of one is still a declaration: a person reads it.
            NeedsReview = body.Attachments.Any(a => IsDocument(a.ContentType)),
            Text = body.FullText,
            // Our reply answers this mail: its Message-Id becomes the reply's In-Reply-To.
            ThreadReference = message.MessageId,
        };
    }

    private static bool IsDocument(string contentType) =>
        contentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase)
        || contentType.Equals("application/pdf", StringComparison.OrdinalIgnoreCase)
        || contentType.Equals("application/msword", StringComparison.OrdinalIgnoreCase)
        || contentType.StartsWith("application/vnd.openxmlformats-officedocument.wordprocessingml", StringComparison.OrdinalIgnoreCase)
        || contentType.StartsWith("application/vnd.oasis.opendocument.text", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses raw RFC 822 bytes; MimeKit is lenient, so only mail without any header block fails.</summary>
    public static MimeMessage Parse(byte[] raw)
    {
        using var stream = new MemoryStream(raw, writable: false);
        var message = MimeMessage.Load(stream);
        if (message.Headers.Count == 0) throw new FormatException("no RFC 822 header block");
        return message;
    }
}
