using Xunit;

namespace Intake.Core.Tests.Classification;

/// <summary>
/// Wording found in no labelled set: an intention to cancel that the customer gave up and says they stay is no
/// cancellation and nothing to take back; everything near it that might still be one goes to a person or is read as before.
/// </summary>
public sealed class GivenUpIntentionTests
{
    [Theory]
    [InlineData("I was going to cancel my broadband after the outage, but your engineer fixed it, so I'm staying.")]
    [InlineData("Came close to cancelling the wine club, the autumn case changed my mind about it. Staying put!")]
    [InlineData("Ik stond op het punt mijn sportschool op te zeggen, maar met de nieuwe lestijden blijf ik gewoon klant.")]
    [InlineData("Had de opzegmail al klaarstaan, maar de storing is verholpen. Ik blijf lekker bij jullie.")]
    [InlineData("Ich wollte eigentlich den Handyvertrag kündigen, aber mit dem neuen Tarif bleibe ich dabei.")]
    [InlineData("Die Kündigung war schon fast geschrieben, doch Ihr Techniker war schnell da. Also bleibe ich Kunde.")]
    public void An_intention_given_up_beside_staying_is_no_cancellation(string text)
    {
        var read = Classifier.Model.Classify(new(text, "email", Classifier.Tuesday24November2026));

        Assert.Equal("other", read.Intent);
        Assert.Contains(read.Reasons, r => r.StartsWith("given-up:", StringComparison.Ordinal));
        // Filed, it is other, or unclear where the model is unsure: never a case of its own.
        Assert.Contains(Classifier.Classify(text).Intent, new[] { "other", "unclear" });
    }

    /// <summary>Staying only until the end named ("bis dahin", "tot die tijd", "until then") takes nothing back: the cancellation stands.</summary>
    [Theory]
    [InlineData("Ich kündige den Handyvertrag zum 31.3. Bleibe bis dahin natürlich Kunde.")]
    [InlineData("Ik zeg mijn abonnement op per 1 april. Tot die tijd blijf ik natuurlijk klant.")]
    [InlineData("I'm cancelling my membership at the end of March. I'll stay with you until then, of course.")]
    public void Staying_until_the_end_of_a_cancellation_takes_nothing_back(string text)
    {
        Assert.Equal("cancel", Classifier.Classify(text).Intent);
    }

    /// <summary>A feature of the line or a single call ended is not the contract: "switch off the call forwarding", "dat gesprek beëindigen".</summary>
    [Theory]
    [InlineData("Bitte die Rufumleitung beenden, die brauche ich nicht mehr.")]
    [InlineData("Ik wil dat gesprek beëindigen, ik sta al een half uur in de wacht. Ik bel morgen terug.")]
    public void Ending_a_feature_or_a_call_is_not_a_cancellation(string text)
    {
        Assert.NotEqual("cancel", Classifier.Classify(text).Intent);
    }

    /// <summary>The contract named after the feature only says which one: "die Rufumleitung auf mein Festnetz beenden".</summary>
    [Theory]
    [InlineData("Bitte die Rufumleitung auf mein Festnetz beenden.")]
    [InlineData("Please stop the voicemail on my mobile contract.")]
    [InlineData("Graag de doorschakeling naar mijn vaste lijn stopzetten.")]
    public void A_feature_of_a_named_contract_is_not_the_contract(string text)
    {
        Assert.NotEqual("cancel", Classifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("Ich kündige die Versicherung für mein Auto.")]
    [InlineData("I want to cancel the insurance on my car.")]
    [InlineData("Ik zeg het abonnement op de krant op.")]
    public void A_contract_named_with_what_it_covers_is_still_cancelled(string text)
    {
        Assert.Equal("cancel", Classifier.Classify(text).Intent);
    }

    [Fact]
    public void A_plain_intention_given_up_beside_staying_is_filed_as_other()
    {
        Assert.Equal("other", Classifier.Classify("was gonna cancel my phone contract but the new deal is decent so im staying").Intent);
    }

    [Theory]
    [InlineData("I was going to cancel my broadband after the outage, but the website wouldn't let me.")]
    [InlineData("Ik stond op het punt op te zeggen. Wat gaan jullie doen aan de storingen?")]
    [InlineData("Ich wollte eigentlich schon im Sommer kündigen.")]
    public void An_intention_without_staying_still_goes_to_a_person(string text)
    {
        Assert.Equal("unclear", Classifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("Ich wollte eigentlich fristlos kündigen, aber ich bleibe bis zum Ende der Laufzeit.")]
    [InlineData("I was going to cancel straight away, but I'll stay until the end of my contract.")]
    public void Staying_until_an_end_is_no_staying(string text)
    {
        Assert.NotEqual("other", Classifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("I was going to cancel last month but gave it another chance. It hasn't worked: please cancel my broadband from 1 January.")]
    [InlineData("Ik was vorige maand al van plan op te zeggen. Nu is de maat vol: ik zeg mijn abonnement op per 1 januari.")]
    public void A_declaration_beside_an_intention_given_up_still_counts(string text)
    {
        Assert.Equal("cancel", Classifier.Classify(text).Intent);
    }

    [Fact]
    public void A_declaration_in_the_same_sentence_as_an_intention_given_up_goes_to_a_person()
    {
        Assert.Equal("unclear", Classifier.Classify("I was going to cancel and I'm not staying after this, cancel it now please.").Intent);
    }

    [Theory]
    [InlineData("I cancelled my phone plan yesterday, but I'd like to stay after all.")]
    [InlineData("Ich wollte schon länger kündigen und habe es letzte Woche getan, aber ich nehme meine Kündigung zurück.")]
    public void A_cancellation_made_and_taken_back_is_a_retraction(string text)
    {
        Assert.Equal("retract", Classifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("I'd drafted an email to cancel the magazine last week, but the December issue was lovely. Never sent it.")]
    [InlineData("Ik stond op het punt mijn sportabonnement op te zeggen. De mail is uiteindelijk niet verstuurd.")]
    [InlineData("Ich hatte die Kündigung für das Fitnessstudio schon fertig geschrieben, hab sie aber nie abgeschickt.")]
    public void An_intention_given_up_that_was_never_sent_is_no_cancellation(string text)
    {
        var read = Classifier.Model.Classify(new(text, "email", Classifier.Tuesday24November2026));

        Assert.Equal("other", read.Intent);
        Assert.Contains(read.Reasons, r => r.StartsWith("not-sent:", StringComparison.Ordinal));
        Assert.Contains(Classifier.Classify(text).Intent, new[] { "other", "unclear" });
    }

    [Theory]
    [InlineData("Ik heb mijn opzegging nog niet verstuurd, hoe doe ik dat het snelst?", "unclear")]
    [InlineData("I cancel my membership as of today. The online form was not sent because your site failed.", "cancel")]
    public void Nothing_sent_without_an_intention_given_up_changes_nothing(string text, string intent)
    {
        Assert.Equal(intent, Classifier.Classify(text).Intent);
    }
}
