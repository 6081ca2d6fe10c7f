using MimeKit;
using MimeKit.Text;

namespace Intake.Channels.Email.Inbound;

/// <summary>The readable text of a mail (text/plain preferred, else HTML converted) and its attachments' metadata.</summary>
internal sealed record MailBody(string Text, IReadOnlyList<MailAttachment> Attachments)
{
    /// <summary>Throws InvalidDataException when the text is in a charset we cannot decode.</summary>
    public static MailBody Read(MimeMessage message)
    {
        var textParts = message.BodyParts.OfType<TextPart>().Where(p => !p.IsAttachment).ToList();
        var chosen = textParts.FirstOrDefault(p => p.IsPlain) ?? textParts.FirstOrDefault(p => p.IsHtml) ?? textParts.FirstOrDefault();
        var text = chosen is null ? "" : Decode(chosen);
        var attachments = message.BodyParts.OfType<MimePart>()
            .Where(p => p.IsAttachment || (p is not TextPart && !p.ContentType.IsMimeType("multipart", "*")))
            .Select(p => new MailAttachment(p.FileName ?? p.ContentType.Name ?? "unnamed", p.ContentType.MimeType, EncodedSize(p)))
            .ToList();
        return new MailBody(text, attachments);
    }

    /// <summary>The full text with a line per attachment, so staff and the classifier see "a PDF came with it".</summary>
    public string FullText => Attachments.Count == 0 ? Text : Text + "\n\n" + string.Join('\n', Attachments);

    private static string Decode(TextPart part)
    {
        if (part.ContentType.Charset is { } charset && !IsKnown(part, charset) && HasNonAscii(part))
            throw new InvalidDataException($"undecodable charset '{charset}'");
        var text = part.Text;
        if (part.IsFlowed)
        {
            var delete = part.ContentType.Parameters.TryGetValue("delsp", out string? delsp) && delsp.Equals("yes", StringComparison.OrdinalIgnoreCase);
            text = new FlowedToText { DeleteSpace = delete }.Convert(text);
        }
        return part.IsHtml ? HtmlText.ToPlain(text) : text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
    }

    private static bool IsKnown(TextPart part, string charset)
    {
        try
        {
            return part.GetText(charset) is not null;
        }
        catch (Exception e) when (e is NotSupportedException or ArgumentException)
        {
            return false;
        }
    }

    private static bool HasNonAscii(TextPart part)
    {
        using var stream = new MemoryStream();
        part.Content?.DecodeTo(stream);
        return stream.ToArray().Any(b => b > 0x7F);
    }

    private static long EncodedSize(MimePart part) => part.Content?.Stream is { CanSeek: true } s ? s.Length : 0;
}
