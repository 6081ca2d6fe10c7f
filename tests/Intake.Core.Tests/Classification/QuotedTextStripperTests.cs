using Intake.Core.Classification;
using Xunit;

namespace Intake.Core.Tests.Classification;

public sealed class QuotedTextStripperTests
{
    [Theory]
    [InlineData("Ik zeg op.\n\nOn Mon, 23 Nov 2026 at 10:00, Support <support@example.com> wrote:\n> We received your question.")]
    [InlineData("Ik zeg op.\n\nOn Mon, 23 Nov 2026 at 10:00, Support <support@example.com>\nwrote:\n> We received your question.")]
    [InlineData("Ik zeg op.\n\nOp ma 23 nov. 2026 om 14:02 schreef Klantenservice <service@voorbeeld.nl>:\n> Beste klant")]
    [InlineData("Ik zeg op.\n\nAm 23.11.2026 um 10:00 schrieb Kundenservice <service@example.de>:\n> Ihre Anfrage")]
    [InlineData("Ik zeg op.\n\nOp 3 dec. 2026 om 09:12 schreef Klantenservice Stadsverwarming Noord <klantenservice@warmte-noord.example>:\n> Beste klant")]
    [InlineData("Ik zeg op.\n\nAm 03.12.2026 um 15:20 schrieb Fuhrpark Service Leasing Süd GmbH <fuhrpark@leasing-sued.example>:\n> Hallo")]
    [InlineData("Ik zeg op.\n\nVerstuurd vanaf mijn Samsung Galaxy-smartphone\n\nOp 3 dec. 2026 om 09:12 schreef Klantenservice <service@voorbeeld.nl>:\n> Beste klant")]
    [InlineData("Ik zeg op.\nVon meinem iPad gesendet")]
    [InlineData("Ik zeg op.\n\n-----Original Message-----\nFrom: Support\nSent: Monday\nSubject: Your question")]
    [InlineData("Ik zeg op.\n\n-----Oorspronkelijk bericht-----\nVan: Klantenservice")]
    [InlineData("Ik zeg op.\n\n-----Ursprüngliche Nachricht-----\nVon: Kundenservice")]
    [InlineData("Ik zeg op.\n________________________________\nVan: Klantenservice <service@voorbeeld.nl>\nVerzonden: maandag 23 november 2026 10:00\nAan: Jan\nOnderwerp: Uw vraag")]
    [InlineData("Ik zeg op.\r\n\r\nFrom: Support <support@example.com>\r\nDate: Mon, 23 Nov 2026\r\nTo: jan@example.nl")]
    [InlineData("Ik zeg op.\n> Beste klant,\n> wij hebben uw opzegging ontvangen.")]
    public void Only_the_new_text_above_the_quote_remains(string email)
    {
        Assert.Equal("Ik zeg op.", QuotedTextStripper.NewText(email));
    }

    [Fact]
    public void Bottom_posted_reply_keeps_the_text_below_the_quote()
    {
        var email = "> Wilt u opzeggen?\n> Met vriendelijke groet\n\nJa, ik wil opzeggen.";

        Assert.Equal("Ja, ik wil opzeggen.", QuotedTextStripper.NewText(email));
    }

    [Fact]
    public void Text_without_quotes_is_returned_trimmed()
    {
        Assert.Equal("Hierbij zeg ik op.\nGroet, Jan", QuotedTextStripper.NewText("  Hierbij zeg ik op.\nGroet, Jan \n"));
    }

    [Fact]
    public void A_sentence_that_mentions_writing_is_not_an_attribution()
    {
        Assert.Equal("Zoals ik schreef: ik zeg op.", QuotedTextStripper.NewText("Zoals ik schreef: ik zeg op."));
    }

    [Fact]
    public void The_classifier_ignores_our_own_quoted_confirmation()
    {
        var reply = "Dank je wel!\n\nOp ma 23 nov. 2026 om 14:02 schreef Klantenservice <service@voorbeeld.nl>:\n> Wij hebben uw opzegging van uw abonnement ontvangen.";

        Assert.Equal("other", Classifier.Classify(reply).Intent);
    }
}
