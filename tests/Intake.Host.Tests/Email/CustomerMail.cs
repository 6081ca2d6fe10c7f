using MimeKit;

namespace Intake.Host.Tests.Email;

/// <summary>A Dutch customer's cancellation mail.</summary>
internal static class CustomerMail
{
    public static MimeMessage Dutch(string from, string? messageId = null)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Klant", from));
        message.To.Add(new MailboxAddress("", "opzeggen@example.nl"));
        message.Subject = "Opzeggen";
        message.MessageId = messageId ?? MimeKit.Utils.MimeUtils.GenerateMessageId("klant.example.com");
        message.Date = DateTimeOffset.UtcNow;
        message.Body = new TextPart("plain") { Text = "Beste,\n\nHierbij zeg ik mijn abonnement op. Mijn klantnummer is NL1001.\n\nGroet,\nKlant" };
        return message;
    }
}
