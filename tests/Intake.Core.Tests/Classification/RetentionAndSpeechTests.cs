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
        var result = Classifier.Classify(text, "voice");
        Assert.Equal(Intents.Cancel, result.Intent);
        Assert.Equal(kind, result.Kind);
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
        var result = Classifier.Classify(text);
        Assert.Equal(Intents.Cancel, result.Intent);
        Assert.Equal(kind, result.Kind);
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
}
