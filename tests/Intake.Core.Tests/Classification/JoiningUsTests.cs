using Xunit;

namespace Intake.Core.Tests.Classification;

/// <summary>
/// Wording found in no labelled set: a contract ended elsewhere by someone who joins us is no cancellation, but a
/// customer's own declaration is never undone by a relative or friend who wants to join.
/// </summary>
public sealed class JoiningUsTests
{
    [Theory]
    [InlineData("My flatmate cancelled her old broadband and wants to join you, does she get a welcome discount?")]
    [InlineData("Mijn collega heeft zijn abonnement bij de concurrent opgezegd en wil ook bij jullie, kan iemand hem bellen?")]
    [InlineData("Meine Schwester hat bei ihrem alten Anbieter gekündigt und will zu euch, gibt es einen Freundschaftsbonus?")]
    [InlineData("Heute bei meinem alten Anbieter gekündigt. Ab Februar bin ich bei euch!")]
    public void A_contract_ended_elsewhere_by_someone_joining_us_is_no_cancellation(string text)
    {
        Assert.NotEqual("cancel", Classifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("I want to cancel my contract. My brother wants to join you though, he likes the app.")]
    [InlineData("Ik zeg mijn abonnement op per 1 maart. Mijn dochter wil ook bij jullie, zij heeft wel tijd om te sporten.")]
    [InlineData("Hiermit kündige ich meinen Vertrag. Mein Sohn will zu euch wechseln, bitte schicken Sie ihm Infos.")]
    public void A_declaration_stands_beside_someone_else_joining(string text)
    {
        Assert.Equal("cancel", Classifier.Classify(text).Intent);
    }

    [Fact]
    public void The_safety_net_reads_a_leaving_cue_outside_the_joining_sentence()
    {
        var confidentOther = new Intake.Core.Classification.IntentResult { Intent = "other", Confidence = 0.99, Language = "en" };
        var filed = Classifier.Net.Guard(confidentOther, new("I cancel my plan today. My sister wants to become a customer.", "email", Classifier.Tuesday24November2026));

        Assert.Equal("unclear", filed.Intent);
    }
}
