using Intake.Core.Classification;
using Intake.Core.Model;
using Xunit;

namespace Intake.Core.Tests.Classification;

/// <summary>
/// Answers to a retention offer, spoken run-on sentences and writers in a second language: the categories the twelfth
/// round's unseen sets (conversations, non-native writers, regulated sectors) found. Wording found in no set.
/// </summary>
public sealed class RetentionAndSpeechTests
{
    /// <summary>Standing by a decision to leave uses the words of staying, and stays nobody.</summary>
    [Theory]
    [InlineData("Thanks for the offer, but I'm sticking with my cancellation.")]
    [InlineData("Danke für das Angebot, aber es bleibt bei meiner Kündigung.")]
    [InlineData("Auch mit dem Rabatt bleibe ich bei meiner Kündigung.")]
    [InlineData("Lief aanbod, maar ik blijf bij mijn opzegging.")]
    [InlineData("Ook met die korting blijf ik bij mijn besluit, het abonnement stopt per 1 maart.")]
    public void Standing_by_a_cancellation_is_a_cancellation(string text)
    {
        Assert.Equal(Intents.Cancel, Classifier.Classify(text).Intent);
    }

    /// <summary>An intention given up that ends in a bare "Staying." or "Ik blijf." leaves nothing.</summary>
    [Theory]
    [InlineData("Was so close to cancelling last week. The new router fixed it. Staying.")]
    [InlineData("Ik stond op het punt op te zeggen, maar de storing is verholpen. Ik blijf.")]
    public void An_intention_given_up_ending_in_staying_is_no_cancellation(string text)
    {
        Assert.Equal(Intents.Other, Classifier.Classify(text, "sms").Intent);
    }

    /// <summary>In speech without punctuation a new subject after a negation starts a new clause: the negation is not the cue's.</summary>
    [Theory]
    [InlineData("ja hallo ich will das doch nicht ich möchte den vertrag widerrufen das war vor einer woche", CancellationKinds.Withdrawal)]
    [InlineData("nee dat aanbod wil ik niet ik wil opzeggen per direct", CancellationKinds.Ordinary)]
    public void A_negation_before_a_new_subject_does_not_reach_the_cue(string text, string kind)
    {
        AssertCancellation(kind, Classifier.Classify(text, "voice"));
    }

    /// <summary>"bijna nooit" is "hardly", not an intention given up; "dus nog een keer:" restates, it threatens nothing.</summary>
    [Theory]
    [InlineData("Ik gebruik de sportschool bijna nooit meer, zeg mijn abonnement maar op.")]
    [InlineData("Voor de zekerheid dus nog een keer: ik zeg mijn lidmaatschap op per 1 juni.")]
    public void Hardly_and_once_more_do_not_make_a_condition(string text)
    {
        Assert.Equal(Intents.Cancel, Classifier.Classify(text).Intent);
    }

    /// <summary>Literal translations by Dutch and German writers of English.</summary>
    [Theory]
    [InlineData("I want to say up my gym membership from next month.", CancellationKinds.Ordinary)]
    [InlineData("I use my right of revocation for the language course, I signed up five days ago.", CancellationKinds.Withdrawal)]
    public void Literal_translations_are_read(string text, string kind)
    {
        AssertCancellation(kind, Classifier.Classify(text));
    }

    /// <summary>Wanting to leave told in a subordinate clause ("dat ik weg wil") is never filed as nothing.</summary>
    [Fact]
    public void Wanting_to_leave_in_a_subordinate_clause_is_never_other()
    {
        Assert.NotEqual(Intents.Other, Classifier.Classify("Ik heb al twee keer gezegd dat ik weg wil, regel het nou.", "whatsapp").Intent);
    }

    /// <summary>Yes to renewing with a bonus keeps the contract: the model, which hears "verlängern" mostly beside "nicht", may not read a cancellation.</summary>
    [Theory]
    [InlineData("Ja, verlängern mit dem Treuebonus.")]
    [InlineData("Ja, verlengen met de korting graag.")]
    public void Yes_to_renewing_is_no_cancellation(string text)
    {
        Assert.NotEqual(Intents.Cancel, Classifier.Classify(text, "sms").Intent);
    }

    /// <summary>"X, of kan ik pas ...?": a question that offers alternatives asks the first as much as the last; "z. B." ends no sentence.</summary>
    [Theory]
    [InlineData("Mag ik nu al opzeggen, of moet ik wachten tot het contract afloopt?")]
    [InlineData("Can I end the gym contract now, or is that only possible after a year?")]
    [InlineData("Kann die Versicherung im Winter ruhen, z. B. über ein Saisonkennzeichen, oder muss ich sie jedes Jahr kündigen und neu abschließen?")]
    public void A_question_offering_alternatives_is_asked(string text)
    {
        Assert.Equal(Intents.Unclear, Classifier.Classify(text).Intent);
    }

    /// <summary>Personal data sent to a stranger is a serious failure: ended with immediate effect, a cancellation for cause.</summary>
    [Fact]
    public void A_data_breach_ended_now_is_for_cause()
    {
        AssertCancellation(CancellationKinds.Extraordinary, Classifier.Classify("You emailed my bank details to another customer. I am cancelling my account with immediate effect."));
    }

    /// <summary>A death told beside a cancellation at the regular end ("aan het einde van het seizoen", "when the minimum term finishes") uses no special right.</summary>
    [Theory]
    [InlineData("Mijn vader is overleden. Ik zeg mijn eigen abonnement op aan het einde van het seizoen, het hoeft niet eerder.")]
    [InlineData("My husband died in May. Please end my own plan when the minimum term finishes in October, there is no need to end it early.")]
    public void The_regular_end_told_otherwise_is_ordinary(string text)
    {
        AssertCancellation(CancellationKinds.Ordinary, Classifier.Classify(text));
    }

    /// <summary>A spoken request after "nicht mehr" ("brauch das internet nicht mehr kündigen sie das bitte") is no retraction.</summary>
    [Fact]
    public void Not_needing_it_any_more_then_asking_to_cancel_is_a_cancellation()
    {
        Assert.Equal(Intents.Cancel, Classifier.Classify("hallo ich zieh um und brauch das internet nicht mehr kündigen sie das bitte zum nächsten termin", "voice").Intent);
    }

    /// <summary>Taking back an earlier deregistration, request or message in words the earlier rounds did not list.</summary>
    [Theory]
    [InlineData("Hallo Frau Berg, vergiss bitte meine Abmeldung vom Geigenunterricht, wir machen weiter!", "whatsapp")]
    [InlineData("Bitte führen Sie meine Kündigung von Montag nicht aus, der Vertrag soll bleiben.", "email")]
    [InlineData("Scratch my email from Friday about leaving, I'm staying with the choir after all.", "sms")]
    public void Setting_aside_an_earlier_request_takes_it_back(string text, string channel)
    {
        Assert.Equal(Intents.Retract, Classifier.Classify(text, channel).Intent);
    }

    /// <summary>A withdrawal in the cooling-off period is of a contract of its own, even beside goods the customer keeps.</summary>
    [Fact]
    public void A_withdrawal_beside_goods_kept_is_a_withdrawal()
    {
        AssertCancellation(CancellationKinds.Withdrawal, Classifier.Classify("Ik herroep het onderhoudscontract binnen de bedenktijd van 14 dagen. De fiets zelf houd ik natuurlijk."));
    }

    /// <summary>"Kündigen tu ich nicht" negates; a cancellation told as neatly done ("keurig beëindigd") is a report.</summary>
    [Theory]
    [InlineData("Kündigen tu ich nicht, aber ich erwarte endlich eine Antwort zu meinem Schaden.")]
    [InlineData("Het lidmaatschap van mijn vader is keurig beëindigd, dank daarvoor. Kan de laatste nota per post?")]
    public void Negated_or_neatly_done_is_no_new_cancellation(string text)
    {
        Assert.NotEqual(Intents.Cancel, Classifier.Classify(text).Intent);
    }

    /// <summary>Memberships and places ended in their own words: deregistering a child with a date, not renewing, notice given by letter, resigning a membership.</summary>
    [Theory]
    [InlineData("Wij willen onze dochter afmelden bij de dansschool per 1 februari.", "email")]
    [InlineData("not renewing the allotment. cheers", "sms")]
    [InlineData("Please treat this letter as my one month's notice for the garage.", "email")]
    [InlineData("I am resigning my membership of the rowing club, effective today.", "email")]
    public void Memberships_ended_in_their_own_words_are_cancellations(string text, string channel)
    {
        Assert.Equal(Intents.Cancel, Classifier.Classify(text, channel).Intent);
    }

    /// <summary>A deregistration, a resignation or a notice taken back is a retraction.</summary>
    [Theory]
    [InlineData("Die Abmeldung vom Schwimmkurs von letzter Woche bitte vergessen, Lina macht doch weiter.")]
    [InlineData("Wir ziehen die Kündigung vom Juli hiermit zurück.")]
    [InlineData("Please disregard my resignation from the choir, I'd like to stay on.")]
    public void A_deregistration_or_resignation_taken_back_is_a_retraction(string text)
    {
        Assert.Equal(Intents.Retract, Classifier.Classify(text).Intent);
    }

    /// <summary>"beschouw dit als mijn opzegging" declares; "als" there compares, it sets no condition.</summary>
    [Fact]
    public void Consider_this_as_my_notice_is_no_condition()
    {
        Assert.Equal(Intents.Cancel, Classifier.Classify("@SnelNet beschouw dit als mijn opzegging. Ik ben er klaar mee.", "x").Intent);
    }

    /// <summary>Using the right to leave after a price rise is a cancellation on that special right.</summary>
    [Fact]
    public void Exercising_the_right_to_leave_after_a_price_rise_is_extraordinary()
    {
        AssertCancellation(CancellationKinds.Extraordinary, Classifier.Classify("@FibreCo a mid-contract price rise of £3. I'm exercising my right to leave. Bye.", "x"));
    }

    /// <summary>After a retraction (here in the subject), a cancellation told as done names the one taken back.</summary>
    [Fact]
    public void A_cancellation_told_as_done_after_a_retraction_is_the_one_taken_back()
    {
        var result = Classifier.Classify("Wij hebben vorige week namens mevrouw De Boer haar abonnement opgezegd. Wij trekken de opzegging in.", subject: "Opzegging intrekken");
        Assert.Equal(Intents.Retract, result.Intent);
    }

    /// <summary>A death or a failure told in other words ("passed on", "never came", "zum vierten Mal"), ended now, is a cancellation for cause.</summary>
    [Theory]
    [InlineData("Please cancel the landline straight away. Dad passed on last week, the account is in his name.")]
    [InlineData("The gardener never came, three months running. I'm cancelling the plan right now.")]
    [InlineData("Zum vierten Mal diese Woche keine Zeitung im Kasten. Das Abo ist ab heute beendet.")]
    public void A_reason_for_cause_told_otherwise_is_extraordinary(string text)
    {
        AssertCancellation(CancellationKinds.Extraordinary, Classifier.Classify(text));
    }

    /// <summary>An earlier request told as such ("I asked you to close", "habe ich Sie gebeten, ... zu kündigen", across
    /// its comma) is a report for a person, not a new declaration; someone asking the writer to do it is still one.</summary>
    [Theory]
    [InlineData("A fortnight ago I asked you to close my savings account and nothing has happened since.", "email")]
    [InlineData("Anfang des Monats habe ich Sie gebeten, mein Zeitungsabo zu beenden. Eine Antwort kam nie.", "email")]
    [InlineData("Twee weken terug heb ik jullie gevraagd mijn lidmaatschap op te zeggen, maar ik hoor niks.", "email")]
    public void An_earlier_request_told_in_the_past_is_read_by_a_person(string text, string channel)
    {
        Assert.Equal(Intents.Unclear, Classifier.Classify(text, channel).Intent);
    }

    /// <summary>Formal infinitives ("verzoek u ... op te heffen", "mich als Mitglied abzumelden"), a member list, surrendering a policy, and the Flemish "verbreken".</summary>
    [Theory]
    [InlineData("Hierbij verzoek ik u de betaalrekening van mijn vader op te heffen.", "email")]
    [InlineData("Ich bitte Sie, meinen Sohn zum Jahresende als Mitglied abzumelden.", "email")]
    [InlineData("Please strike my name from the members register of the bowls club.", "email")]
    [InlineData("I wish to surrender the endowment policy taken out in 2009.", "email")]
    [InlineData("Ik wil het contract van de tweede tv-decoder verbreken vanaf volgende maand.", "web")]
    [InlineData("Our office moves in March, so the cleaning contract can end with the lease on 28 February.", "email")]
    [InlineData("The catering agreement won't be needed from April, we're closing the canteen.", "email")]
    [InlineData("Na de verbouwing zetten wij het onderhoudscontract met u niet voort.", "email")]
    [InlineData("Der Wachdienstvertrag wird nach dem 30.11. nicht mehr benötigt.", "email")]
    public void Formal_and_regional_endings_are_cancellations(string text, string channel)
    {
        Assert.Equal(Intents.Cancel, Classifier.Classify(text, channel).Intent);
    }

    /// <summary>Dialect and written-as-spoken negations ("ned", "nie", "ain't") and an adverb between ("wil ik zeker niet") negate the leaving word.</summary>
    [Theory]
    [InlineData("servus, internet geht schon wieder nicht, aber kündigen tu i ned, richtets es halt", "whatsapp")]
    [InlineData("ge moogt gerust weten da'k nie ga opzeggen, maar de ontvangst is slecht", "whatsapp")]
    [InlineData("I ain't cancelling nothing, just fix the water heater", "sms")]
    [InlineData("Opzeggen wil ik zeker niet, ik wil alleen een ander betaalmoment.", "email")]
    [InlineData("mijn zus neemt het abo over. opzeggen hoeft dus niet", "whatsapp")]
    [InlineData("Het is niet mijn bedoeling om het lidmaatschap op te zeggen, ik wil alleen op dinsdag sporten.", "email")]
    public void Negations_in_speech_and_dialect_are_no_cancellation(string text, string channel)
    {
        Assert.NotEqual(Intents.Cancel, Classifier.Classify(text, channel).Intent);
    }

    /// <summary>A slip in a past participle ("opgezegt", "cancelld") still tells the cancellation as done.</summary>
    [Theory]
    [InlineData("ik heb in maart al opgezegt en er wordt nog steeds afgeschreven")]
    [InlineData("I cancelld the magazine in May but the June issue still came with a bill")]
    public void A_slip_in_a_past_participle_is_still_the_past(string text)
    {
        Assert.Equal(Intents.Unclear, Classifier.Classify(text, "sms").Intent);
    }

    /// <summary>Someone else's own contract ended and the writer staying is no retraction; a relative's taken back still is.</summary>
    [Theory]
    [InlineData("Mijn broer heeft zijn eigen internet bij jullie opgezegd, dat is goed zo. Ik blijf gewoon, maar graag zijn naam van de factuur.", Intents.Other)]
    [InlineData("Meine Tochter hat ihren eigenen Handyvertrag gekündigt. Ich bleibe natürlich, nur die Rechnung kommt doppelt.", Intents.Other)]
    [InlineData("Mijn vader heeft zijn krant opgezegd maar wil hem nu toch blijven lezen. Kan dat nog terug?", Intents.Retract)]
    public void Someone_elses_cancellation_and_the_writer_staying(string text, string expected)
    {
        Assert.Equal(expected, Classifier.Classify(text).Intent);
    }

    /// <summary>Quiet business endings the net hears even when the model is sure: a last visit, a hire ending, a date past which it must not run.</summary>
    [Theory]
    [InlineData("De koffieautomaat op de tweede verdieping stopt per eind december, de leverancier mag hem ophalen.", "email")]
    [InlineData("Die Container am Lager können weg, Mietende ist der 30.", "whatsapp")]
    [InlineData("Der Servicevertrag für die Kasse soll nicht über den 31.03.2028 hinaus laufen.", "web")]
    [InlineData("Thanks for everything, the next window clean can be the last one.", "sms")]
    [InlineData("Can the broadband contract end early if we sell the house?", "web")]
    public void Quiet_business_endings_are_never_other(string text, string channel)
    {
        Assert.NotEqual(Intents.Other, Classifier.Classify(text, channel).Intent);
    }

    /// <summary>"Stop, don't cancel" across its comma and "that was my son on my phone" take a cancellation back.</summary>
    [Theory]
    [InlineData("Nee wacht, niet annuleren! Dat was mijn dochter op mijn tablet.")]
    [InlineData("NEIN, NICHT KÜNDIGEN! Das war mein Enkel auf meinem Tablet.")]
    [InlineData("Wait, don't cancel! That was my son on my phone.")]
    public void Stop_do_not_cancel_takes_it_back(string text)
    {
        Assert.Equal(Intents.Retract, Classifier.Classify(text, "whatsapp").Intent);
    }

    /// <summary>A line switched off ("abschalten") is an ending; a gift voucher cancelled is an order; a Flemish "opzeg" neatly done is a report.</summary>
    [Fact]
    public void Switched_off_lines_vouchers_and_a_flemish_notice_done()
    {
        Assert.Equal(Intents.Cancel, Classifier.Classify("Bitte die Faxleitung zum Monatsende abschalten.").Intent);
        Assert.Equal(Intents.Other, Classifier.Classify("Kun je de cadeaubon van €50 annuleren? Verkeerde naam erop. Mijn eigen abonnement loopt gewoon door.", "whatsapp").Intent);
        Assert.Equal(Intents.Other, Classifier.Classify("Mijn opzeg van vorig jaar is netjes in orde gekomen, dank u. Mag ik nog een attest voor de mutualiteit?").Intent);
    }

    /// <summary>An initial term that "has passed" is no death; a failure told as a count ("driemaal niet", "sechsmal angeschrieben") with immediate effect is for cause.</summary>
    [Fact]
    public void Kind_from_a_passed_term_and_counted_failures()
    {
        AssertCancellation(CancellationKinds.Ordinary, Classifier.Classify("The initial 24-month term has passed, so I am ending the alarm monitoring contract on one month's notice."));
        AssertCancellation(CancellationKinds.Extraordinary, Classifier.Classify("De schoonmaker is deze maand driemaal niet verschenen zonder bericht. Ik beëindig de overeenkomst met onmiddellijke ingang."));
        AssertCancellation(CancellationKinds.Extraordinary, Classifier.Classify("Ich habe Ihren Support sechsmal angeschrieben, ohne Antwort. Ich kündige den Vertrag mit sofortiger Wirkung."));
        AssertCancellation(CancellationKinds.Withdrawal, Classifier.Classify("I bought the online course last Friday and I still have 14 days to cancel, so please cancel it and refund me."));
    }

    /// <summary>Stopping a delivery "till we're back" is a pause, not an ending.</summary>
    [Theory]
    [InlineData("Off to Portugal for a fortnight, can you stop the fruit box till we're back?")]
    [InlineData("Kunnen jullie de groentetas stoppen tot we terug zijn uit Frankrijk?")]
    public void Stopped_till_we_are_back_is_a_pause(string text)
    {
        Assert.NotEqual(Intents.Cancel, Classifier.Classify(text, "sms").Intent);
    }

    private static void AssertCancellation(string kind, IntentResult result)
    {
        Assert.Equal(Intents.Cancel, result.Intent);
        Assert.Equal(kind, result.Kind);
    }
}
