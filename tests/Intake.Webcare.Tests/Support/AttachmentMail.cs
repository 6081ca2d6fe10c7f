using MimeKit;

namespace Intake.Webcare.Tests.Support;

/// <summary>Customer emails with attachments (a scanned letter as PNG and PDF, files that must never render), built as MIME.</summary>
public static class AttachmentMail
{
    /// <summary>A real 1×1 PNG.</summary>
    public static byte[] Png { get; } = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    public static byte[] Pdf { get; } = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    public static byte[] Html { get; } = "<html><body><script>fetch('/console')</script>hi</body></html>"u8.ToArray();

    public static byte[] Svg { get; } = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray();

    public static MimeMessage Build(string sender, string text, params (string Name, string Type, byte[] Content)[] attachments)
    {
        var body = new BodyBuilder { TextBody = text };
        foreach (var (name, type, content) in attachments) body.Attachments.Add(name, content, ContentType.Parse(type));
        var mail = new MimeMessage { Subject = "Opzegging", Body = body.ToMessageBody(), MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("mail.example") };
        mail.From.Add(MailboxAddress.Parse(sender));
        mail.To.Add(MailboxAddress.Parse("opzeggen@intake.example"));
        return mail;
    }
}
