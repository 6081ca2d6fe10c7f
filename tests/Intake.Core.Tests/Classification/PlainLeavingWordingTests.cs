using Xunit;

namespace Intake.Core.Tests.Classification;

/// <summary>
/// Wording found in no labelled set: leaving said in plain words is a cancellation, keeping said plainly ends an
/// intention given up, and asking what a renewal costs is no leaving.
/// </summary>
public sealed class PlainLeavingWordingTests
{
    [Theory]
    [InlineData("Ik ben er helemaal klaar mee. Drie storingen in een maand. Ik wil weg bij jullie, regel het maar.")]
    [InlineData("Het is mooi geweest. Per 1 februari wil ik niet meer lid zijn van de club.")]
    [InlineData("Ab März will ich nicht mehr Mitglied sein, bitte bestätigen Sie das.")]
    [InlineData("Bitte verlängern Sie meinen Vertrag nicht mehr, er soll zum 30.06. auslaufen.")]
    [InlineData("Mein Vater ist am 2. November verstorben. Ich bitte um Beendigung seines Zeitungsabonnements.")]
    public void Leaving_said_in_plain_words_is_a_cancellation(string text)
    {
        Assert.Equal("cancel", Classifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("Ik wilde eigenlijk opzeggen vanwege de prijs, maar jullie aanbieding is prima. Ik houd het abonnement.")]
    [InlineData("Was about to cancel, then saw the loyalty discount. Count me in for another year!")]
    [InlineData("Bijna opgezegd vorige week, maar de nieuwe zenders zijn top. Ik blijf nog wel even.")]
    public void Keeping_said_plainly_ends_an_intention_given_up(string text)
    {
        var read = Classifier.Model.Classify(new(text, "email", Classifier.Tuesday24November2026));

        Assert.Equal("other", read.Intent);
        Assert.Contains(read.Reasons, r => r.StartsWith("given-up:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Mijn contract loopt in maart af, wat kost verlengen met dezelfde bundel?")]
    [InlineData("My plan ends in April, what does it cost to renew on the same terms?")]
    [InlineData("Mein Vertrag läuft im Mai aus. Was kostet die Verlängerung zu gleichen Konditionen?")]
    public void Asking_what_a_renewal_costs_is_no_leaving_cue(string text)
    {
        var confidentOther = new Intake.Core.Classification.IntentResult { Intent = "other", Confidence = 0.99, Language = "en" };

        Assert.Equal("other", Classifier.Net.Guard(confidentOther, new(text, "email", Classifier.Tuesday24November2026)).Intent);
    }
}
