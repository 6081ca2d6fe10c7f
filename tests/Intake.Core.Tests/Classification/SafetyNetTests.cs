using Intake.Core.Classification;
using Intake.Core.Model;
using Xunit;

namespace Intake.Core.Tests.Classification;

/// <summary>
/// The safety net on wording written for these tests only (in no labelled set): a message with a leaving cue that
/// nothing accounts for is never filed as "other", whatever the classifier made of it.
/// </summary>
public sealed class SafetyNetTests
{
    private static readonly IntentResult ConfidentOther = new() { Intent = Intents.Other, Confidence = 0.99, Language = "nl" };

    [Theory]
    [InlineData("De kamer die ik voor het pinksterweekend had geboekt, wil ik graag annuleren.")]
    [InlineData("Our team offsite booking for March has to be called off, sorry.")]
    [InlineData("Den Yogakurs ab Januar bitte stornieren, ich schaffe es zeitlich nicht.")]
    [InlineData("Dat jaarabonnement hoeft van mij niet verlengd te worden in februari.")]
    [InlineData("Please make sure the plan does not renew again next spring.")]
    [InlineData("Die Mitgliedschaft soll sich zum Jahreswechsel nicht mehr verlängern.")]
    [InlineData("Na twaalf jaar ben ik er klaar mee, regel het maar.")]
    [InlineData("Honestly I've had enough of you lot.")]
    [InlineData("Es reicht, ich bin raus.")]
    [InlineData("My late father's broadband, he passed away in October.")]
    [InlineData("Meine Mutter ist verstorben, ihr Zeitungsabo läuft noch.")]
    [InlineData("Wil het profiel van mijn dochter laten verwijderen, ze gebruikt het account niet meer.")]
    [InlineData("Kunt u de rekening opheffen? Ik verhuis naar Canada.")]
    [InlineData("Bitte das Kundenkonto löschen.")]
    [InlineData("pls close acct 55821 thx")]
    [InlineData("Ik wil mijn abbonnement opzegen")]
    [InlineData("kündgung zum nächsten monat")]
    [InlineData("I wnat to cancell")]
    [InlineData("Skates are back in the locker room, not doing another season at the rink.")]
    [InlineData("Thanks for nine good years of Sunday papers, Agnes from the corner house.")]
    [InlineData("Bedankt voor zes fijne jaren, de sleutel van het kluisje ligt bij de balie.")]
    [InlineData("Danke für die vielen schönen Jahre im Chor, Gisela.")]
    [InlineData("My number gets ported to the new network on Thursday.")]
    [InlineData("Meine Nummer wird am Montag portiert, dann könnt ihr abschalten.")]
    [InlineData("Ons huis is verkocht, de sleutels gaan vrijdag over.")]
    [InlineData("Die Karte ist gesperrt, das Abo ist damit für mich erledigt.")]
    [InlineData("Drie keer een lege doos. Nu is het klaar.")]
    public void A_message_with_a_leaving_cue_is_never_filed_as_other(string text)
    {
        var filed = Classifier.Net.Guard(ConfidentOther, new IntakeText(text, "email", Classifier.Tuesday24November2026));

        Assert.Equal(Intents.Unclear, filed.Intent);
        Assert.Contains(filed.Reasons, r => r.StartsWith("net:cue:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Wanneer komt de monteur langs voor de storing?")]
    [InlineData("Can you send me a copy of the November invoice?")]
    [InlineData("Mein Router blinkt seit gestern rot, was kann ich tun?")]
    [InlineData("Graag wil ik de nieuwsbrief opzeggen, de rest blijft.")]
    [InlineData("Please cancel the engineer appointment on Friday, I'll be away.")]
    [InlineData("Die Lastschrift für Dezember bitte stornieren, ich überweise selbst.")]
    [InlineData("Ik wil NIET opzeggen, alleen mijn adres wijzigen.")]
    [InlineData("Bei meinem alten Stromanbieter habe ich gestern gekündigt, ab März möchte ich zu euch wechseln.")]
    [InlineData("Heb mijn oude provider opgezegd, wanneer kan ik bij jullie beginnen?")]
    [InlineData("Ik stap over naar een andere bank, hier is mijn nieuwe IBAN.")]
    [InlineData("Die Zwei-Faktor-Anmeldung schickt mir keinen Code mehr aufs Handy.")]
    [InlineData("Ik zeg niks op, ik wil alleen een grotere databundel.")]
    [InlineData("Please cancel the paper invoices, email is fine from now on.")]
    [InlineData("Unsubscribe me from the weekly bargain hunters newsletter please.")]
    [InlineData("Welke stappen moet ik zetten om mijn wachtwoord te wijzigen?")]
    [InlineData("What does the renewal price look like for next year? Just planning ahead.")]
    [InlineData("👍🏻")]
    [InlineData("🙏 ❤️")]
    public void A_confident_other_without_an_unaccounted_cue_stays_other(string text)
    {
        var filed = Classifier.Net.Guard(ConfidentOther, new IntakeText(text, "email", Classifier.Tuesday24November2026));

        Assert.Equal(Intents.Other, filed.Intent);
    }

    [Theory]
    [InlineData("Mijn lease loopt in mei af en ik wil hem graag verlengen met hetzelfde pakket.")]
    [InlineData("Our fleet policy expires in April; we want to renew it, same cover as last year.")]
    [InlineData("Das Jahresabo läuft im Juli aus, ich möchte es auf jeden Fall verlängern.")]
    [InlineData("Het contract van de koffieautomaat eindigt in maart, wij willen graag een nieuw contract afsluiten.")]
    public void The_wish_to_renew_accounts_for_the_renewal_and_the_contract_running_out(string text)
    {
        var filed = Classifier.Net.Guard(ConfidentOther, new IntakeText(text, "email", Classifier.Tuesday24November2026));

        Assert.Equal(Intents.Other, filed.Intent);
    }

    /// <summary>A later sentence that stays closes the story: the leaving words told before it were weighed and decided against.</summary>
    [Theory]
    [InlineData("Mijn zwager zei dat ik moest overstappen naar die goedkope aanbieder. Ik heb het uitgerekend. Ik blijf gewoon bij jullie.")]
    [InlineData("Had the cancellation page open last night after the third outage. It's been fine all day. I'm staying.")]
    [InlineData("Die Nachbarin meinte, ich solle zum Discounter wechseln. Hab verglichen. Ich bleibe bei euch.")]
    [InlineData("Mijn buurman zegt dat hij zijn abonnement heeft opgezegd. Ik blijf, maar hebben jullie een aanbieding?")]
    public void Leaving_words_before_a_sentence_that_stays_are_accounted_for(string text)
    {
        var filed = Classifier.Net.Guard(ConfidentOther, new IntakeText(text, "email", Classifier.Tuesday24November2026));

        Assert.Equal(Intents.Other, filed.Intent);
    }

    /// <summary>Only before it: leaving words after the staying, or a stay that is only until something, still go to a person.</summary>
    [Theory]
    [InlineData("Ik blijf gewoon bij jullie. Maar het tv-pakket wil ik opzeggen.")]
    [InlineData("Ich bleibe bis Ende März. Dann kündige ich.")]
    public void Leaving_words_after_the_staying_still_go_to_a_person(string text)
    {
        var filed = Classifier.Net.Guard(ConfidentOther, new IntakeText(text, "email", Classifier.Tuesday24November2026));

        Assert.Equal(Intents.Unclear, filed.Intent);
    }

    [Theory]
    [InlineData("Mijn lease loopt in mei af. Ik wil hem niet verlengen.")]
    [InlineData("Our policy expires in April and we don't want to renew it.")]
    [InlineData("Das Abo läuft im Juli aus. Ich möchte es verlängern, aber nicht zu diesem Preis, sonst kündige ich.")]
    [InlineData("I want to renew my phone but my broadband must not renew in June.")]
    public void A_negated_renewal_or_another_leaving_cue_beside_the_wish_still_goes_to_a_person(string text)
    {
        var filed = Classifier.Net.Guard(ConfidentOther, new IntakeText(text, "email", Classifier.Tuesday24November2026));

        Assert.Equal(Intents.Unclear, filed.Intent);
    }

    [Theory]
    [InlineData("😡😡")]
    [InlineData("👎")]
    public void A_message_of_nothing_but_an_emoji_that_is_not_thanks_goes_to_review(string text)
    {
        var filed = Classifier.Net.Guard(ConfidentOther, new IntakeText(text, "sms", Classifier.Tuesday24November2026));

        Assert.Equal(Intents.Unclear, filed.Intent);
        Assert.Contains("net:no-words", filed.Reasons);
    }

    [Fact]
    public void An_other_below_the_threshold_goes_to_review()
    {
        var unsure = ConfidentOther with { Confidence = Classifier.Net.OtherThreshold - 0.01 };

        var filed = Classifier.Net.Guard(unsure, new IntakeText("Kunnen jullie mij even terugbellen?", "sms", Classifier.Tuesday24November2026));

        Assert.Equal(Intents.Unclear, filed.Intent);
        Assert.Contains(filed.Reasons, r => r.StartsWith("net:confidence:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("JA 👍\n\nOp 2 dec. 2026 schreef Klantenservice <service@example.nl>:\n> Wilt u uw abonnement beëindigen? Antwoord JA of NEE.")]
    [InlineData("yes please\n\nOn Tue, 1 Dec 2026, Support <help@example.com> wrote:\n> Shall we stop your plan at the end of the term?")]
    public void A_short_answer_above_a_quoted_question_goes_to_review(string text)
    {
        var filed = Classifier.Net.Guard(ConfidentOther, new IntakeText(text, "email", Classifier.Tuesday24November2026));

        Assert.Equal(Intents.Unclear, filed.Intent);
        Assert.Contains("net:short-answer-to-quote", filed.Reasons);
    }

    [Fact]
    public void Cancellations_and_retractions_pass_the_net_unchanged()
    {
        var cancel = ConfidentOther with { Intent = Intents.Cancel, Kind = CancellationKinds.Ordinary };
        var retract = ConfidentOther with { Intent = Intents.Retract };
        var text = new IntakeText("Ik zeg op.", "sms", Classifier.Tuesday24November2026);

        Assert.Same(cancel, Classifier.Net.Guard(cancel, text));
        Assert.Same(retract, Classifier.Net.Guard(retract, text));
    }
}
