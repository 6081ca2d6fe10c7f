using Intake.Core.Classification;
using Intake.Core.Model;
using Xunit;

namespace Intake.Core.Tests.Classification;

/// <summary>
/// A short answer is read with the question it answers (wording in no set): yes to ending is a cancellation dated as
/// the question dates it, no is not one, yes to keeping takes one back; an offer of something instead, a question
/// that is not plain, or an answer that is not plain goes to a person.
/// </summary>
public sealed class AnswerTests
{
    [Theory]
    [InlineData("Jep 👍\n\nOp 20 nov. 2026 om 09:12 schreef Klantenservice Waterbedrijf:\n> Beste klant, wilt u het huurcontract van de waterontharder per 1 januari opzeggen?", "nl")]
    [InlineData("go ahead\n\nOn 20 Nov 2026, at 09:12, Harbour Rowing Club wrote:\n> Hi Tom, shall we cancel your membership on 1 January?", "en")]
    [InlineData("Ja, passt.\n\nAm 20.11.2026 um 09:12 schrieb Bergbahn Abo-Service:\n> Grüß Gott, sollen wir Ihren Saisonpass zum 1. Januar kündigen?", "de")]
    public void Yes_to_a_question_about_ending_the_contract_is_a_cancellation_on_the_questions_date(string text, string language)
    {
        var result = Classifier.Classify(text);

        Assert.Equal(Intents.Cancel, result.Intent);
        Assert.Equal(CancellationKinds.Ordinary, result.Kind);
        Assert.Equal(new DateOnly(2027, 1, 1), result.RequestedDate);
        Assert.Equal(language, result.Language);
        Assert.Contains("answer:yes:ending", result.Reasons);
    }

    [Theory]
    [InlineData("Nee hoor\n\nOp 20 nov. 2026 om 09:12 schreef Klantenservice Waterbedrijf:\n> Wilt u de waterontharder opzeggen nu u verhuist?")]
    [InlineData("❌\n\nOn 20 Nov 2026, at 09:12, Harbour Rowing Club wrote:\n> Do you want to cancel your locker rental?")]
    public void No_to_a_question_about_ending_the_contract_is_not_a_cancellation(string text)
    {
        var result = Classifier.Classify(text);

        Assert.Equal(Intents.Other, result.Intent);
        Assert.Contains("answer:no:ending", result.Reasons);
    }

    [Fact]
    public void Yes_to_a_question_about_keeping_the_contract_takes_the_cancellation_back()
    {
        var result = Classifier.Classify("Ja bitte\n\nAm 20.11.2026 um 09:12 schrieb Stadtwerke:\n> Sie hatten gekündigt. Möchten Sie Ihren Stromvertrag doch behalten?");

        Assert.Equal(Intents.Retract, result.Intent);
    }

    /// <summary>Yes to keeping where no cancellation was made (an offer to keep a plan at a new price) takes nothing back.</summary>
    [Theory]
    [InlineData("Prima, doen we 👍\n\nOp 20 nov. 2026 om 09:12 schreef Fietsabonnement:\n> Wilt u uw fietsabonnement houden voor het nieuwe tarief van € 17,50?")]
    [InlineData("sure, keep it\n\nOn 20 Nov 2026, at 09:12, Harbour Rowing Club wrote:\n> Would you like to keep your locker at next year's price?")]
    public void Yes_to_an_offer_to_keep_a_plan_is_no_retraction(string text)
    {
        var result = Classifier.Classify(text);

        Assert.Equal(Intents.Other, result.Intent);
        Assert.Contains("answer:yes:keeping-offer", result.Reasons);
    }

    [Theory]
    // Something offered instead of ending: a person reads what yes means.
    [InlineData("yes ok\n\nOn 20 Nov 2026, at 09:12, Harbour Rowing Club wrote:\n> Would you rather pause your membership over winter instead of cancelling?")]
    // Yes and no at once.
    [InlineData("ja nee\n\nOp 20 nov. 2026 om 09:12 schreef Klantenservice:\n> Wilt u uw abonnement opzeggen?")]
    // Not yes or no.
    [InlineData("hmm\n\nOp 20 nov. 2026 om 09:12 schreef Klantenservice:\n> Wilt u uw abonnement opzeggen?")]
    public void An_answer_that_is_not_plain_goes_to_review(string text)
    {
        var result = Classifier.Classify(text);

        Assert.Equal(Intents.Unclear, result.Intent);
        Assert.Contains("net:short-answer-to-quote", result.Reasons);
    }

    [Fact]
    public void A_short_answer_to_a_quote_that_speaks_of_no_leaving_is_not_held_for_its_quote()
    {
        var text = new IntakeText("Ja gerne!\n\nAm 20.11.2026 um 09:12 schrieb Bäckerei Sonntagsdienst:\n> Sollen wir Ihnen ab Januar auch sonntags Brötchen bringen?",
            "email", Classifier.Tuesday24November2026);
        var confident = new IntentResult { Intent = Intents.Other, Confidence = 0.95, Language = "de" };

        var filed = Classifier.Net.Guard(confident, text);

        Assert.Equal(Intents.Other, filed.Intent);
    }
}
