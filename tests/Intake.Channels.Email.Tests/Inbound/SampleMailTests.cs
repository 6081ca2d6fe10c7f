using Intake.Channels.Email.Inbound;
using Intake.Core.Classification;

namespace Intake.Channels.Email.Tests.Inbound;

/// <summary>Recorded real-world mails through the parser, the noise guard and the bounce reader.</summary>
public sealed class SampleMailTests
{
    private static readonly OwnAddresses Own = new(["Klantenservice <opzeggen@example.nl>"]);

    private static (Core.Model.InboundMessage Message, string NewText) Map(string fixture)
    {
        var mail = EmailMessageMapper.Parse(Mails.Fixture(fixture));
        Assert.Null(MailNoise.Reason(mail, Own));
        Assert.Null(DeliveryReport.TryRead(mail));
        var message = EmailMessageMapper.Map(mail, DateTimeOffset.UtcNow, null);
        return (message, QuotedTextStripper.NewText(message.Text));
    }

    [Fact]
    public void Outlook_html_only_mail_is_read_as_text_without_styles()
    {
        var (message, text) = Map("outlook-html.eml");
        Assert.Equal("petra.devries@outlook.com", message.SenderAddress);
        Assert.Equal("de Vries, Petra", message.DisplayName);
        Assert.Contains("Hierbij zeg ik mijn internetabonnement op. Mijn klantnummer is NL1001.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("MsoNormal", text, StringComparison.Ordinal);
        Assert.Equal("AM9PR02MB72341A2B3C4D5E6F@AM9PR02MB7234.eurprd02.prod.outlook.com", message.ThreadReference);
    }

    [Fact]
    public void Gmail_quoted_reply_keeps_the_history_but_only_the_new_words_are_classified()
    {
        var (message, text) = Map("gmail-quoted-reply.eml");
        Assert.Contains("Wij hebben uw opzegging ontvangen", message.Text, StringComparison.Ordinal);
        Assert.Equal("Ik wil toch per 1 januari stoppen, niet eerder.\n\nGroet,\nKees", text);
    }

    [Fact]
    public void Html_blockquote_history_becomes_quoted_lines()
    {
        var text = HtmlText.ToPlain("<div>Nieuw</div><blockquote><div>Oud bericht</div></blockquote><p>Na &amp; daarna</p>");
        Assert.Equal("Nieuw\n\n> Oud bericht\n\nNa & daarna", text);
    }

    [Fact]
    public void Iso_8859_1_mail_is_decoded_in_its_charset()
    {
        var (message, text) = Map("iso-8859-1.eml");
        Assert.Equal("Beëindiging contract", message.Subject);
        Assert.Equal("Renée Müller", message.DisplayName);
        Assert.Contains("Ik wens mijn contract te beëindigen.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Base64_body_is_decoded()
    {
        var (_, text) = Map("base64-body.eml");
        Assert.StartsWith("Hallo,\n\nIk zeg mijn abonnement op. Mijn klantnummer is NL2002.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Scanned_letter_as_pdf_keeps_its_attachment_metadata_in_the_text()
    {
        var (message, _) = Map("multipart-pdf.eml");
        Assert.Contains("Zie bijlage.", message.Text, StringComparison.Ordinal);
        Assert.Matches(@"\[attachment: opzegbrief\.pdf \(application/pdf, \d+ KB\)\]", message.Text);
        Assert.True(message.NeedsReview);
    }

    [Fact]
    public void Dsn_bounce_names_our_reply_and_the_servers_reason()
    {
        var mail = EmailMessageMapper.Parse(Mails.Fixture("dsn-bounce.eml"));
        var report = DeliveryReport.TryRead(mail);
        Assert.NotNull(report);
        Assert.Equal("o1.C-2026-000001@example.nl", report.OriginalMessageId);
        Assert.Equal("failed", report.Status);
        Assert.Contains("5.1.1", report.Reason, StringComparison.Ordinal);
        Assert.Contains("User unknown", report.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_of_office_reply_is_never_answered_even_when_it_mentions_cancelling()
    {
        var mail = EmailMessageMapper.Parse(Mails.Fixture("out-of-office.eml"));
        Assert.Null(DeliveryReport.TryRead(mail));
        Assert.Equal("auto-reply: Auto-Submitted auto-replied", MailNoise.Reason(mail, Own));
    }

    [Fact]
    public void Malformed_mime_is_refused_with_a_format_error()
    {
        var e = Record.Exception(() => EmailMessageMapper.Map(EmailMessageMapper.Parse(Mails.Fixture("malformed-mime.eml")), DateTimeOffset.UtcNow, null));
        Assert.True(e is FormatException, e?.ToString());
    }

    [Fact]
    public void Text_in_an_undecodable_charset_is_refused_with_the_charset_named()
    {
        var mail = EmailMessageMapper.Parse(Mails.Fixture("unknown-charset.eml"));
        var e = Assert.Throws<InvalidDataException>(() => EmailMessageMapper.Map(mail, DateTimeOffset.UtcNow, null));
        Assert.Contains("x-unknown-klingon", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Precedence: bulk", "bulk: Precedence bulk")]
    [InlineData("List-Id: <nieuws.example.com>", "mailing list: List-Id")]
    [InlineData("Return-Path: <>", "null return path")]
    [InlineData("Auto-Submitted: auto-generated", "auto-reply: Auto-Submitted auto-generated")]
    public void Bulk_list_and_automatic_mail_gets_no_reply(string header, string reason)
    {
        var mail = Mails.Dutch();
        var (name, value) = (header[..header.IndexOf(':', StringComparison.Ordinal)], header[(header.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());
        mail.Headers.Add(name, value);
        Assert.Equal(reason, MailNoise.Reason(mail, Own));
    }

    [Fact]
    public void Auto_submitted_no_is_a_person_writing()
    {
        var mail = Mails.Dutch();
        mail.Headers.Add("Auto-Submitted", "no");
        Assert.Null(MailNoise.Reason(mail, Own));
    }

    [Fact]
    public void Our_own_sent_mail_is_recognised()
    {
        var mail = Mails.Dutch(from: "opzeggen@example.nl");
        Assert.Equal("own mail", MailNoise.Reason(mail, Own));
        var echo = Mails.Dutch(messageId: "o12.C-2026-000003@example.nl");
        Assert.Equal("own mail", MailNoise.Reason(echo, Own));
    }
}
