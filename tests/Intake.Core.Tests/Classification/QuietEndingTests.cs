using Intake.Core.Classification;
using Intake.Core.Model;
using Xunit;

namespace Intake.Core.Tests.Classification;

/// <summary>
/// Endings told without the usual verbs — a place handed back, a thing no longer needed, "count me out" — are leaving
/// cues for the safety net, so a person reads them even when the model is sure they are not a cancellation. Wording
/// found in no set.
/// </summary>
public sealed class QuietEndingTests
{
    [Theory]
    [InlineData("You can have the garage back at the end of March, I've sold the car.")]
    [InlineData("I'm giving up my allotment after this season, my knees have had it.")]
    [InlineData("count me out of the pottery club from February")]
    [InlineData("Please shut the whole thing down, the shop closes on Friday.")]
    [InlineData("take me off the Saturday spin class, I'm not coming back")]
    [InlineData("We won't be needing the office line after March.")]
    [InlineData("release my seat in the Tuesday choir, moving to Leeds")]
    [InlineData("Ich gebe den Garagenplatz zum Monatsende zurück.")]
    [InlineData("Nach dem Winter ist Schluss mit dem Abo, keine Lust mehr.")]
    [InlineData("Den Kabelanschluss brauche ich ab März nicht mehr.")]
    [InlineData("Die Zeitung bitte ab Februar nicht mehr bringen, wir lesen online.")]
    [InlineData("Ik geef mijn ligplaats in de jachthaven van Muiden per 1 april terug.")]
    [InlineData("Haal me maar uit de zwemles, ik kom toch nooit.")]
    [InlineData("Wij doen niet meer mee met de groepsles op dinsdag.")]
    [InlineData("De huur van de opslagbox wordt na maart niet voortgezet.")]
    public void A_quiet_ending_goes_to_a_person_however_sure_the_model_is(string text)
    {
        var filed = FiledWithTheModelSure(text);

        Assert.NotEqual(Intents.Other, filed.Intent);
    }

    [Theory]
    [InlineData("I'm out of the office until Monday, for urgent matters call reception.")]
    [InlineData("@TheDailyPost three promo texts a week for a subscription I already have, take me off that list pls")]
    [InlineData("Der Newsletter kommt doppelt, bitte einmal austragen.")]
    public void Words_near_a_quiet_ending_that_end_nothing_stay_with_the_model(string text)
    {
        var filed = FiledWithTheModelSure(text);

        Assert.Equal(Intents.Other, filed.Intent);
    }

    /// <summary>A part ended beside the contract itself going on: the net reads the going on as staying.</summary>
    [Theory]
    [InlineData("Bitte das alte Profil meiner Tochter löschen. Das Familienabo läuft natürlich weiter.", Intents.Other)]
    [InlineData("Graag de les van zaterdag annuleren, ik ben op een bruiloft. De rest gaat gewoon door.", Intents.Other)]
    public void A_part_ended_while_the_contract_goes_on_is_no_leaving(string text, string intent)
    {
        Assert.Equal(intent, FiledWithTheModelSure(text).Intent);
    }

    /// <summary>A switch within our plans changes the contract; a switch to someone else still goes to a person.</summary>
    [Theory]
    [InlineData("We'd like to switch to the family plan from next month, there are four of us now.", Intents.Other)]
    [InlineData("Wir möchten von Tarif S auf Tarif M wechseln, das Datenvolumen reicht nicht.", Intents.Other)]
    [InlineData("Graag overstappen naar het kleinere pakket, we kijken minder tv.", Intents.Other)]
    [InlineData("I'm switching to another provider next month.", Intents.Unclear)]
    public void A_switch_within_our_plans_leaves_nothing(string text, string intent)
    {
        Assert.Equal(intent, FiledWithTheModelSure(text).Intent);
    }

    /// <summary>A question about renewing, in a message that negates nothing, asks; with a negation a person reads it.</summary>
    [Theory]
    [InlineData("Kann die Ruhepause meiner Mitgliedschaft bis Ende März verlängert werden? Der Gips ist noch dran.", Intents.Other)]
    [InlineData("Can you tell me when my plan renews? I want to add a second line before then.", Intents.Other)]
    [InlineData("Will my plan renew automatically? I don't want that.", Intents.Unclear)]
    public void A_question_about_renewing_asks(string text, string intent)
    {
        Assert.Equal(intent, FiledWithTheModelSure(text).Intent);
    }

    [Theory]
    [InlineData("Warum ist die einzige Info zur Preiserhöhung eine Mail mit dem Betreff 'Neuigkeiten'?")]
    [InlineData("Im Bad ist Schimmel hinter dem Schrank, können Sie jemanden schicken?")]
    public void A_word_that_only_looks_like_a_slip_of_a_cue_is_no_cue(string text)
    {
        var filed = FiledWithTheModelSure(text);

        Assert.Equal(Intents.Other, filed.Intent);
    }

    [Theory]
    [InlineData("Ik wil mijn abonement opzegen per 1 maart.")]
    [InlineData("Ich möchte meinen Vertrag kündgen.")]
    [InlineData("Please cancell my membership.")]
    public void A_slip_in_the_messages_own_language_is_still_forgiven(string text)
    {
        var message = new IntakeText(text, "email", Classifier.Tuesday24November2026);
        var readAsOther = Classifier.Model.Classify(message) with { Intent = Intents.Other, Confidence = 1 };

        Assert.Contains(Classifier.Net.Guard(readAsOther, message).Reasons, r => r.StartsWith("net:cue:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Bitte löschen Sie mein altes Zweitkonto. Der Vertrag auf dem Hauptkonto läuft natürlich weiter.")]
    [InlineData("Kunnen jullie mijn oude tweede account verwijderen? Mijn gewone account blijft gewoon actief.")]
    [InlineData("Please cancel Friday's lesson only, the rest of the course stays booked.")]
    public void Ending_a_part_while_the_contract_goes_on_is_no_cancellation(string text)
    {
        var result = Classifier.Model.Classify(new IntakeText(text, "email", Classifier.Tuesday24November2026));

        Assert.Equal(Intents.Other, result.Intent);
        Assert.Contains(result.Reasons, r => r.StartsWith("continues:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("we're disbanding the team so we won't be booking the Thursday pitch anymore after next week")]
    [InlineData("please release my pitch at the apiary from the 1st of April")]
    [InlineData("can you pull her out of the Saturday class from next month?")]
    public void More_quiet_endings_reach_a_person(string text)
    {
        Assert.NotEqual(Intents.Other, FiledWithTheModelSure(text).Intent);
    }

    /// <summary>What the pipeline files when the model is sure the message declares nothing: only the rules and the net decide.</summary>
    private static IntentResult FiledWithTheModelSure(string text)
    {
        var message = new IntakeText(text, "email", Classifier.Tuesday24November2026);
        return Classifier.Net.Guard(Classifier.Model.Classify(message) with { Confidence = 1 }, message);
    }

    [Fact]
    public void A_cancellation_forwarded_with_a_note_above_it_is_read()
    {
        var text = "---------- Forwarded message ----------\nFrom: Margaret Doyle\nSubject: Cancellation\n\nTom, could you send this for me, my laptop won't. Mum\n\n> Dear Sir or Madam,\n> I wish to cancel my subscription to the garden monthly from the next issue.\n> Subscriber no. GM 55 102";

        var result = Classifier.Classify(text);

        Assert.Equal(Intents.Cancel, result.Intent);
        Assert.Equal("GM55102", result.AccountNumber);
    }

    [Theory]
    [InlineData("The app says 'membership cancelled' but I never asked for that, I want to keep training.")]
    [InlineData("Ik kreeg een brief dat mijn abonnement is stopgezet, maar ik heb niets gevraagd.")]
    public void What_the_company_says_was_ended_is_no_declaration_of_the_customer(string text)
    {
        Assert.NotEqual(Intents.Cancel, Classifier.Model.Classify(new IntakeText(text, "email", Classifier.Tuesday24November2026)).Intent);
    }
}
