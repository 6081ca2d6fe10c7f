using Xunit;

namespace Intake.Core.Tests.Classification;

/// <summary>
/// A cancellation told as done beside its confirmation is reported, not declared: the message asks for something else
/// (a copy, the last invoice, where the modem goes). When what should have stopped goes on, or the confirmation never
/// came, it went wrong and a person reads it; a new declaration beside it still counts.
/// </summary>
public sealed class ConfirmedEndTests
{
    [Theory]
    [InlineData("Mijn internetabonnement is per 1 maart beëindigd, dat heeft u keurig bevestigd. Waar kan ik de modem inleveren?")]
    [InlineData("Das Fitnessabo ist seit April beendet und wurde bestätigt. Können Sie mir die letzte Rechnung noch einmal schicken?")]
    [InlineData("My gym membership was cancelled in May and you confirmed it. Could I get a copy of my final invoice?")]
    public void A_confirmed_cancellation_told_of_is_not_a_new_one(string text)
    {
        var filed = Classifier.Classify(text);

        Assert.Equal("other", filed.Intent);
        Assert.Contains(filed.Reasons, r => r.StartsWith("confirmed:", StringComparison.Ordinal));
        Assert.DoesNotContain(filed.Reasons, r => r.StartsWith("net:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Mijn abonnement is beëindigd en dat is bevestigd, toch is er deze maand weer afgeschreven.")]
    [InlineData("My contract was cancelled and confirmed in May, but you charged me again this month.")]
    public void A_confirmed_cancellation_that_still_costs_goes_to_a_person(string text)
    {
        var filed = Classifier.Classify(text);

        Assert.Equal("unclear", filed.Intent);
        Assert.Contains(filed.Reasons, r => r.StartsWith("still-running:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ik heb in januari opgezegd maar nooit een bevestiging ontvangen.")]
    [InlineData("Ich habe im März gekündigt, aber nie eine Bestätigung bekommen.")]
    public void A_confirmation_that_never_came_confirms_nothing(string text)
    {
        Assert.Equal("unclear", Classifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("Mijn opzegging van vorige maand is nog steeds niet bevestigd.")]
    [InlineData("Ich habe bis heute keine Kündigungsbestätigung erhalten.")]
    [InlineData("My cancellation from March still hasn't been confirmed.")]
    [InlineData("I never received a cancellation confirmation from you.")]
    public void A_cancellation_still_waiting_for_its_confirmation_goes_to_a_person(string text)
    {
        var filed = Classifier.Classify(text);

        Assert.Equal("unclear", filed.Intent);
        Assert.Contains(filed.Reasons, r => r.StartsWith("unconfirmed:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_declaration_beside_a_confirmed_one_still_counts()
    {
        var filed = Classifier.Classify("Mein Handyvertrag ist beendet, das wurde bestätigt. Jetzt kündige ich auch den Festnetzvertrag.");

        Assert.Equal("cancel", filed.Intent);
    }
}
