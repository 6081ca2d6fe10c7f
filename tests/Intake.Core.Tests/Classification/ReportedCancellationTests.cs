using Xunit;

namespace Intake.Core.Tests.Classification;

/// <summary>Someone else ending their own contract is not this customer's cancellation; "our contract" still is a matter for staff.</summary>
public sealed class ReportedCancellationTests
{
    [Theory]
    [InlineData("My friend told me she cancelled her contract with you. Will my price go up too?")]
    [InlineData("My neighbour cancelled his subscription last month. Do you have offers for me?")]
    [InlineData("Mijn zus heeft vorige week haar abonnement opgezegd. Geldt de actie ook voor mij?")]
    [InlineData("Meine Nachbarin hat ihren Vertrag gekündigt. Gibt es für mich ein Angebot?")]
    public void A_third_person_ending_their_own_contract_is_not_a_cancellation_and_a_person_reads_it(string text)
    {
        var rules = Classifier.Model.Classify(new Intake.Core.Classification.IntakeText(text, "email", Classifier.Tuesday24November2026));
        var filed = Classifier.Classify(text);

        Assert.Equal("other", rules.Intent);
        Assert.Contains("reported", rules.Reasons);
        // The safety net files no message with an unaccounted leaving word as "other": it goes to review, never to cancel.
        Assert.Equal("unclear", filed.Intent);
        Assert.Contains(filed.Reasons, r => r.StartsWith("net:cue:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("My husband cancelled our contract last week but you still charge us.")]
    [InlineData("Ik heb vorige week mijn abonnement opgezegd maar nog geen bevestiging gehad.")]
    public void A_cancellation_of_this_customers_contract_told_in_the_past_goes_to_review(string text)
    {
        var result = Classifier.Classify(text);

        Assert.NotEqual("other", result.Intent);
        Assert.DoesNotContain("reported", result.Reasons);
    }
}
