using MimeKit;

namespace Intake.Webcare.Attachments;

/// <summary>
/// Reads attachments out of a raw mail at view time, so they are stored once (in the raw payload). Which parts count
/// as attachments, and their order, is the email channel's rule (MailBody): the "[attachment: …]" lines match.
/// </summary>
public static class MailAttachments
{
    public static IReadOnlyList<MailAttachment> List(byte[] raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        return [.. Parts(raw).Select((part, index) => Describe(part, index + 1, Decode(part).LongLength))];
    }

    /// <summary>Attachment <paramref name="number"/> with its decoded content; null when the mail has no such attachment.</summary>
    public static (MailAttachment Attachment, byte[] Content)? Read(byte[] raw, int number)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var parts = Parts(raw);
        if (number < 1 || number > parts.Count) return null;
        var content = Decode(parts[number - 1]);
        return (Describe(parts[number - 1], number, content.LongLength), content);
    }

    private static List<MimePart> Parts(byte[] raw)
    {
        MimeMessage message;
        try
        {
            message = MimeMessage.Load(new MemoryStream(raw, writable: false));
        }
        catch (FormatException)
        {
            return [];
        }
        return [.. message.BodyParts.OfType<MimePart>()
            .Where(p => p.IsAttachment || (p is not TextPart && !p.ContentType.IsMimeType("multipart", "*")))];
    }

    private static MailAttachment Describe(MimePart part, int number, long bytes) =>
        new(number, SafeName(part.FileName ?? part.ContentType.Name, number), part.ContentType.MimeType.ToLowerInvariant(), bytes);

    private static byte[] Decode(MimePart part)
    {
        if (part.Content is null) return [];
        using var buffer = new MemoryStream();
        part.Content.DecodeTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>The sender chose the name: no paths, no control characters, never empty.</summary>
    private static string SafeName(string? name, int number)
    {
        var leaf = Path.GetFileName((name ?? "").Replace('\\', '/'));
        var clean = new string([.. leaf.Where(c => !char.IsControl(c) && c is not ('"' or '/'))]).Trim();
        return clean.Length == 0 ? $"attachment-{number}" : clean;
    }
}
