using Intake.Core.Model;
using Xunit;

namespace Intake.Core.Tests.Classification;

/// <summary>
/// The sixteenth round's categories, in wording found in no set (the endings told by an action that the net hears are in
/// <see cref="SafetyNetTests"/>): a switch away stopped, an "un-cancel" or a request of one's own taken back is a
/// retraction; a part ended beside "my own plan stays" is no cancellation of the contract; a softened request asks; "your
/// cancellation" in a service's voice is not the writer's.
/// </summary>
public sealed class QuietActionAndSwitchTests
{
    [Theory]
    [InlineData("Please halt the transfer I requested on Monday, the new company cannot do fibre here after all. I'm staying.")]
    [InlineData("Can I uncancel my climbing membership? Changed my mind.")]
    [InlineData("Un-cancel me please, the kids want the cartoons back.")]
    [InlineData("Sent the cancel form yesterday but I'd rather keep the plan, can you stop it going through?")]
    [InlineData("Annuleer de overstap maar, de nieuwe aanbieder valt tegen. Ik blijf bij jullie.")]
    [InlineData("Meine Anfrage zur Auflösung des Kontos nehme ich zurück, ich bleibe.")]
    public void A_switch_stopped_or_a_cancellation_taken_back_is_a_retraction(string text)
    {
        Assert.Equal(Intents.Retract, Classifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("Kunnen jullie de extra zender opzeggen? Mijn eigen abonnement blijft gewoon.")]
    [InlineData("Please cancel the second SIM on my plan, my own line stays as it is.")]
    [InlineData("Die Zusatzkarte bitte kündigen, den Rest behalte ich.")]
    public void A_part_ended_beside_the_rest_going_on_is_no_cancellation_of_the_contract(string text)
    {
        Assert.NotEqual(Intents.Cancel, Classifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("Wären Sie wohl so freundlich, meine Mitgliedschaft im Schachclub zum Quartalsende zu beenden?")]
    [InlineData("Ich wollte fragen, ob Sie so nett wären, mein Zeitungsabo zum Monatsende zu kündigen.")]
    [InlineData("Zouden jullie misschien zo vriendelijk willen zijn mijn lidmaatschap per 1 maart stop te zetten?")]
    [InlineData("I was hoping you might be able to cancel my window cleaning from the new year.")]
    [InlineData("I thought I might end my plan. No 'might' about it: please end it this month.")]
    public void A_softened_request_or_a_doubt_set_aside_in_quotes_is_a_request(string text)
    {
        Assert.Equal(Intents.Cancel, Classifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("Compare energy in two minutes! We even handle your cancellation for you.")]
    [InlineData("Vergelijk en stap over: wij regelen jouw opzegging.")]
    public void The_readers_cancellation_in_a_service_s_voice_is_not_the_writer_s(string text)
    {
        Assert.NotEqual(Intents.Cancel, Classifier.Classify(text).Intent);
    }
}
