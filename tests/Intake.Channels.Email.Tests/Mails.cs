using MimeKit;

namespace Intake.Channels.Email.Tests;

/// <summary>Mails as customers send them, built with MimeKit; real-world samples are in Fixtures/.</summary>
internal static class Mails
{
    public static MimeMessage Dutch(string from = "jan.jansen@example.com", string subject = "Opzeggen abonnement", string? messageId = null,
        string text = "Beste klantenservice,\n\nHierbij zeg ik mijn abonnement op per de eerst mogelijke datum.\n\nMet vriendelijke groet,\nJan Jansen")
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Jan Jansen", from));
        message.To.Add(new MailboxAddress("", "opzeggen@example.nl"));
        message.Subject = subject;
        message.MessageId = messageId ?? MimeKit.Utils.MimeUtils.GenerateMessageId("mail.example.com");
        message.Date = DateTimeOffset.UtcNow;
        message.Body = new TextPart("plain") { Text = text };
        return message;
    }

    public static byte[] Bytes(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }

    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static MimeMessage Parse(string dump) => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(dump)));
}
