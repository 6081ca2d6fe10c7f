using Intake.Core.Model;
using Xunit;

namespace Intake.Core.Tests.Classification;

/// <summary>
/// The fourteenth round's categories, in wording found in no set: a negation after a clause-break adverb, a longer reply
/// that opens with its answer, a question that asks about the sentence before it, staying above our mail about a
/// cancellation made, staying beside a cancellation of something else, out-of-office replies, single occasions and
/// papers cancelled, a cancellation named only as the thing not chosen, and a business that does not continue a contract.
/// </summary>
public sealed class ReplyAndClauseTests
{
    [Theory]
    [InlineData("Ich kündige den Vertrag deshalb nicht, ich will nur eine Gutschrift für die drei Tage.")]
    [InlineData("Ik zeg mijn abonnement dus niet op, maar de storing moet wel snel opgelost worden.")]
    [InlineData("I am therefore not cancelling my plan, I only want the double charge refunded.")]
    public void A_negation_after_a_clause_break_adverb_still_negates_the_verb(string text)
    {
        var result = Classifier.Classify(text);

        Assert.NotEqual(Intents.Cancel, result.Intent);
        Assert.Contains(result.Reasons, r => r.StartsWith("negation:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clause_break_adverb_before_a_verb_still_breaks_the_clause()
    {
        var result = Classifier.Classify("Wir sind nach Graz gezogen also kündige ich den Anschluss zum 30.4.");

        Assert.Equal(Intents.Cancel, result.Intent);
    }

    [Theory]
    [InlineData("Ich kündige deshalb, nicht wegen des Preises, sondern weil ich das Studio nicht mehr nutze.")]
    [InlineData("Ik zeg mijn lidmaatschap dus op, niet vanwege de prijs maar omdat ik verhuis.")]
    public void A_comma_after_a_clause_break_adverb_keeps_the_negation_from_the_verb(string text)
    {
        var result = Classifier.Classify(text);

        Assert.Equal(Intents.Cancel, result.Intent);
    }

    [Theory]
    [InlineData("JA. Zo'n prijsstijging pik ik echt niet meer.\n\n> Per 1 maart stijgt uw maandbedrag. Wilt u uw abonnement opzeggen? Antwoord JA of NEE.")]
    [InlineData("Yes, and please pass on that the new rate is a joke.\n\n> Would you like us to end your gym membership on 31 March? Reply YES or NO.")]
    public void A_longer_reply_that_opens_with_yes_answers_the_quoted_question(string text)
    {
        var result = Classifier.Classify(text, "sms");

        Assert.Equal(Intents.Cancel, result.Intent);
        Assert.Contains("answer:yes:ending", result.Reasons);
    }

    [Fact]
    public void A_longer_reply_that_opens_with_no_to_keeping_goes_to_a_person()
    {
        var result = Classifier.Classify("Nein danke, die Kinder lesen jetzt alles auf dem Tablet.\n\n> Ihr Heft-Abo läuft im Januar aus. Möchten Sie es behalten?", "whatsapp");

        Assert.Equal(Intents.Unclear, result.Intent);
        Assert.Contains("answer:no:keeping", result.Reasons);
    }

    [Theory]
    [InlineData("Ja, so passt das.\n\n> Bitte bestätigen Sie, dass wir Ihren Wartungsvertrag zum 31.03. kündigen sollen.")]
    [InlineData("Confirmed, thanks.\n\n> Please confirm you would like us to cancel your allotment plan at the end of March.")]
    public void A_request_to_confirm_asks_like_a_question(string text)
    {
        var result = Classifier.Classify(text);

        Assert.Equal(Intents.Cancel, result.Intent);
        Assert.Contains("answer:yes:ending", result.Reasons);
    }

    [Theory]
    [InlineData("2\n\n> Wie möchten Sie weitermachen? 1 = Abo behalten mit Treuebonus, 2 = Abo zum Laufzeitende beenden, 3 = Rückruf", Intents.Cancel)]
    [InlineData("3 thanks\n\n> What would you like to do? 1) Stay on Gold 2) Move to Silver 3) Cancel your membership", Intents.Cancel)]
    [InlineData("1\n\n> Wij hebben uw opzegging ontvangen. Kies 1 om toch lid te blijven, of 2 om de opzegging door te zetten.", Intents.Retract)]
    [InlineData("END\n\n> Your plan renews on 1 January. Reply END to close your account or STAY to keep it.", Intents.Cancel)]
    [InlineData("Ende\n\n> Ihr Probeabo läuft am 3.12. aus. Antworten Sie mit ENDE, um es zu beenden, oder mit WEITER, um es fortzusetzen.", Intents.Cancel)]
    [InlineData("weg\n\n> Stuur WEG om uw abonnement per 1 januari te beëindigen, of BLIJF om gewoon klant te blijven.", Intents.Cancel)]
    [InlineData("BLIJF\n\n> Stuur WEG om uw abonnement per 1 januari te beëindigen, of BLIJF om gewoon klant te blijven.", Intents.Other)]
    public void A_number_or_a_keyword_picks_an_option_of_the_quoted_message(string text, string intent)
    {
        var result = Classifier.Classify(text, "sms");

        Assert.Equal(intent, result.Intent);
        Assert.Contains(result.Reasons, r => r.StartsWith("answer:option:", StringComparison.Ordinal));
    }

    [Fact]
    public void Keeping_offered_before_any_cancellation_takes_nothing_back()
    {
        // The quote offers ending as one option; it tells of no cancellation made, so keeping is no retraction.
        var result = Classifier.Classify("1\n\n> Wie möchten Sie weitermachen? 1 = Tarif behalten, 2 = Vertrag beenden", "sms");

        Assert.Equal(Intents.Other, result.Intent);
        Assert.Contains("answer:option:keeping-offer", result.Reasons);
    }

    [Fact]
    public void A_number_that_picks_another_plan_ends_nothing()
    {
        var result = Classifier.Classify("2\n\n> What would you like to do? 1) Stay on Gold 2) Move to Silver 3) Cancel your membership", "sms");

        Assert.NotEqual(Intents.Cancel, result.Intent);
    }

    [Fact]
    public void A_contract_wished_to_end_is_ended()
    {
        var result = Classifier.Classify("We've sold the boat, so I'd like the mooring contract to end after March.");

        Assert.Equal(Intents.Cancel, result.Intent);
    }

    [Fact]
    public void A_question_that_names_nothing_asks_about_the_sentence_before_it()
    {
        var result = Classifier.Classify("ja graag\n\n> Door de prijsverhoging mag u uw contract kosteloos beëindigen. Wilt u daar gebruik van maken?", "sms");

        Assert.Equal(Intents.Cancel, result.Intent);
        Assert.Equal(CancellationKinds.Extraordinary, result.Kind);
    }

    [Fact]
    public void A_question_after_an_offer_is_not_read_as_one_about_ending()
    {
        var result = Classifier.Classify("ja\n\n> Jammer dat u wilt opzeggen. Wij geven u drie maanden korting. Interesse?", "sms");

        Assert.NotEqual(Intents.Cancel, result.Intent);
    }

    [Fact]
    public void Staying_talked_round_above_our_mail_about_the_cancellation_takes_it_back()
    {
        var result = Classifier.Classify("Na gut, Sie haben mich überredet, dann bleibe ich\n\n> Schade, dass Sie gekündigt haben. Wir schenken Ihnen zwei Monate.", "sms");

        Assert.Equal(Intents.Retract, result.Intent);
    }

    [Theory]
    [InlineData("Ik heb alleen de nieuwsbrief opgezegd hoor, ik blijf gewoon klant.")]
    [InlineData("Only the newsletter was cancelled, I'm staying with you of course.")]
    public void Staying_beside_a_cancellation_of_something_else_takes_nothing_back(string text)
    {
        var result = Classifier.Classify(text, "whatsapp");

        Assert.NotEqual(Intents.Retract, result.Intent);
        Assert.NotEqual(Intents.Cancel, result.Intent);
    }

    [Theory]
    [InlineData("Abwesenheit: Bestätigung Ihrer Kündigung", "Ich bin bis zum 10. Januar nicht im Büro. Ihre Nachricht wird nicht weitergeleitet.")]
    [InlineData("Auto: Re: Your cancellation request", "Thanks for your email. I'm away until Monday with no access to email.")]
    [InlineData("Afwezigheidsmelding: Uw opzegging", "Ik ben tot en met 4 januari afwezig. Uw bericht wordt niet doorgestuurd.")]
    public void An_out_of_office_reply_is_not_read_through_the_subject_it_echoes(string subject, string text)
    {
        var result = Classifier.Classify(text, subject: subject);

        Assert.Equal(Intents.Other, result.Intent);
        Assert.Contains(result.Reasons, r => r.StartsWith("auto:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Please cancel PO 7781, it was raised twice by our office.")]
    [InlineData("Can you cancel Friday's fitting? I'll ring to rebook next week.")]
    [InlineData("Please cancel the reminder, I paid the invoice yesterday.")]
    public void A_single_paper_or_visit_cancelled_is_no_cancellation(string text)
    {
        var result = Classifier.Classify(text);

        Assert.NotEqual(Intents.Cancel, result.Intent);
    }

    [Theory]
    [InlineData("Ich würde den Vertrag lieber ruhen lassen statt kündigen, geht das?")]
    [InlineData("Can you move me to the cheaper plan rather than me cancelling it altogether?")]
    [InlineData("Kündigen bringt ja nix, ihr seid der einzige Anbieter im Dorf.")]
    public void A_cancellation_named_as_the_thing_not_chosen_declares_nothing(string text)
    {
        var result = Classifier.Classify(text);

        Assert.NotEqual(Intents.Cancel, result.Intent);
    }

    [Fact]
    public void A_business_that_does_not_continue_a_contract_ends_it()
    {
        var result = Classifier.Classify("Den Reinigungsvertrag für unser Lager setzen wir nach dem 30. Juni nicht fort.");

        Assert.Equal(Intents.Cancel, result.Intent);
    }
}
