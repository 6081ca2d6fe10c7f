using Xunit;

namespace Intake.Core.Tests.Classification;

/// <summary>
/// Wording found in no labelled set: stopping a delivery for a while, stopping paper bills, and "we end nothing" are
/// no cancellation; a person may still read them, but no contract is ended for them.
/// </summary>
public sealed class PauseAndPaperTests
{
    [Theory]
    [InlineData("Wij zijn drie weken op vakantie, kunt u de krant in die periode stopzetten en daarna weer bezorgen?")]
    [InlineData("Could you stop the veg box temporarily? We're away until mid January.")]
    [InlineData("Bitte die Zeitung vorübergehend stoppen, ab dem 10. Januar dann wieder liefern.")]
    [InlineData("Graag stop ik de papieren facturen, stuur ze voortaan per mail.")]
    [InlineData("Bitte beenden Sie die Papierrechnungen, ab sofort nur noch per E-Mail.")]
    [InlineData("Voor onze begroting graag de einddatum van het contract; wij beëindigen niets.")]
    public void A_pause_paper_bills_or_ending_nothing_is_no_cancellation(string text)
    {
        Assert.NotEqual("cancel", Classifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("Ik wil mijn krantenabonnement stopzetten per 1 februari.")]
    [InlineData("Ik zeg mijn abonnement op, tijdelijk stoppen hoeft niet.")]
    [InlineData("Ich kündige mein Abo, ich bin vorübergehend im Ausland und komme nicht zurück.")]
    [InlineData("Please cancel my veg box, not a pause, an end.")]
    public void A_cancellation_beside_such_words_still_counts(string text)
    {
        Assert.Equal("cancel", Classifier.Classify(text).Intent);
    }
}
