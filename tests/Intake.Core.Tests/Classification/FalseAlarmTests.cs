using Xunit;

namespace Intake.Core.Tests.Classification;

/// <summary>
/// Wording found in no labelled set: a leaving word that ends nothing of ours (negated with a particle between, locked
/// out of an account, a bank's direct debit, thanks for a confirmation) opens no cancellation; a person may still read it.
/// </summary>
public sealed class FalseAlarmTests
{
    [Theory]
    [InlineData("Ich kündige ja nicht, aber seit Tagen ist das WLAN weg. Wann kommt der Techniker?")]
    [InlineData("Es muss nicht gleich gekündigt werden, nehmt bitte nur die Zusatzoption raus.")]
    [InlineData("Sorry, my earlier message wasn't a cancellation, I only asked about the notice period.")]
    [InlineData("My dad got locked out of his online account again, can you reset the password?")]
    [InlineData("I have cancelled the DD at my bank and will pay by bank transfer from now on.")]
    [InlineData("Got your email confirming the cancellation of the old landline, thanks.")]
    [InlineData("Vielen Dank für die Bestätigung der Kündigung meines Zweitvertrags.")]
    public void A_leaving_word_that_ends_nothing_of_ours_is_no_cancellation(string text)
    {
        Assert.NotEqual("cancel", Classifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("Please get me out of this contract as soon as possible.")]
    [InlineData("I want out of my phone contract at the end of the month.")]
    [InlineData("I'd like to opt out of the auto-renewal of my plan.")]
    public void Wanting_out_of_a_contract_still_declares(string text)
    {
        Assert.Equal("cancel", Classifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("We don't need the line any more. Please close account 5501-8823.")]
    [InlineData("The gym pass runs out in March and I don't want it rolled over.")]
    [InlineData("Mijn parkeervergunning loopt in februari af, die wil ik niet laten verlengen.")]
    public void Closing_an_account_or_refusing_a_renewal_declares(string text)
    {
        Assert.Equal("cancel", Classifier.Classify(text).Intent);
    }
}
