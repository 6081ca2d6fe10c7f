using Intake.Channels.Email.Inbound;

namespace Intake.Channels.Email.Tests.Inbound;

public sealed class DedupeKeyTests
{
    private static string Key(MimeKit.MimeMessage mail) => EmailMessageMapper.Map(mail, DateTimeOffset.UtcNow, null).ProviderMessageId;

    [Fact]
    public void The_same_mail_fetched_twice_or_from_two_mailboxes_has_one_key()
    {
        var raw = Mails.Bytes(Mails.Dutch(messageId: "abc@mail.example.com"));
        var first = EmailMessageMapper.Parse(raw);
        var second = EmailMessageMapper.Parse(raw);
        second.Headers.Add("Received", "from mx2.example.nl by imap.example.nl; Mon, 23 Nov 2026 10:00:00 +0100");
        second.Headers.Add("Delivered-To", "service@example.nl");
        Assert.Equal(Key(first), Key(second));
        Assert.StartsWith("abc@mail.example.com#", Key(first), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reused_message_id_with_other_content_is_a_new_message()
    {
        var first = Mails.Dutch(messageId: "reused@mail.example.com", text: "Ik zeg op.");
        var second = Mails.Dutch(messageId: "reused@mail.example.com", text: "Ik zeg toch niet op.");
        Assert.NotEqual(Key(first), Key(second));
    }

    [Fact]
    public void A_mail_without_message_id_is_keyed_by_its_content_hash()
    {
        var mail = Mails.Dutch();
        mail.Headers.Remove("Message-Id");
        Assert.Matches("^sha256:[0-9a-f]{64}$", Key(mail));
    }
}
