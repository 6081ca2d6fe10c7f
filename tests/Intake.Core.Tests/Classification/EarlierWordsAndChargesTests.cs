using Intake.Core.Model;
using Xunit;

namespace Intake.Core.Tests.Classification;

/// <summary>
/// The fifteenth round's categories, in wording found in no set: staying after an earlier message that cancelled (a
/// retraction) or only told of a thought (nothing to take back), a cancellation told as done beside a charge that goes
/// on, words between quotation marks that name a button or a receipt, endings told with other words ("hört mit dem Unterricht auf", "like it to end"), threats counted out ("nog 1x ... en") and hypothetical cancellations, all of which a person reads or takes back.
/// </summary>
public sealed class EarlierWordsAndChargesTests
{
    [Theory]
    [InlineData("Last week I wrote that I wanted to end my allotment plan. My knee has healed, so I'm staying.")]
    [InlineData("Gisteren mailde ik dat ik mijn lidmaatschap wilde beëindigen. De nieuwe trainer is top, ik blijf.")]
    [InlineData("Hatte Ihnen geschrieben, dass ich den Vertrag kündigen will. Hat sich erledigt, ich bleibe.")]
    public void Staying_after_an_earlier_message_that_cancelled_takes_it_back(string text)
    {
        var result = Classifier.Classify(text);

        Assert.Equal(Intents.Retract, result.Intent);
    }

    [Fact]
    public void Staying_after_an_earlier_message_that_only_told_of_a_thought_takes_nothing_back()
    {
        var result = Classifier.Classify("Last week I wrote that I was thinking of leaving. The new class times fixed it, I'm staying.");

        Assert.Equal(Intents.Other, result.Intent);
    }

    [Theory]
    [InlineData("Opgezegd in september, toch weer afgeschreven deze maand.")]
    [InlineData("Gekündigt im Mai, und jetzt wieder abgebucht?")]
    [InlineData("Cancelled in August, charged again today.")]
    public void A_cancellation_told_as_done_beside_a_charge_that_goes_on_goes_to_a_person(string text)
    {
        var result = Classifier.Classify(text, "sms");

        Assert.Equal(Intents.Unclear, result.Intent);
    }

    [Theory]
    [InlineData("Nog 1x zo'n factuurfout en ik zeg op.")]
    [InlineData("Stel dat ik opzeg per januari, dan betaal ik toch niks meer.")]
    [InlineData("Angenommen ich kündige zum Jahresende, dann ist der Rabatt weg.")]
    [InlineData("Hypothetically I cancel the plan today, the phone is still mine.")]
    public void A_threat_or_a_hypothetical_cancellation_goes_to_a_person(string text)
    {
        var result = Classifier.Classify(text);

        Assert.Equal(Intents.Unclear, result.Intent);
        Assert.Contains("conditional", result.Reasons);
    }

    [Theory]
    [InlineData("I'd like the landline ended on 31 January, please.")]
    [InlineData("Unser Sohn hört im Sommer mit dem Gitarrenunterricht auf.")]
    [InlineData("Ich möchte mit dem Schwimmkurs zum Monatsende aufhören.")]
    [InlineData("The allotment has become too much for me, so I'd like it to end at the close of the season.")]
    public void An_ending_told_with_other_words_is_a_cancellation(string text)
    {
        var result = Classifier.Classify(text);

        Assert.Equal(Intents.Cancel, result.Intent);
    }

    [Theory]
    [InlineData("I clicked 'End my membership' on Sunday and only got a spinning wheel. Did it go through?")]
    [InlineData("De app zegt 'Opzegging verwerkt' maar mijn abonnement staat nog op actief.")]
    [InlineData("Auf der Seite steht „Vertrag gekündigt“, in der Rechnung aber nicht. Was gilt?")]
    public void Words_between_quotation_marks_name_a_button_or_a_receipt_and_declare_nothing(string text)
    {
        var result = Classifier.Classify(text);

        Assert.Equal(Intents.Unclear, result.Intent);
    }

    [Fact]
    public void Quoted_words_after_the_writers_possessive_are_the_writers_own()
    {
        var result = Classifier.Classify("My 'please cancel' from Tuesday can go in the bin. I'm staying.");

        Assert.Equal(Intents.Retract, result.Intent);
    }

    [Theory]
    [InlineData("Ich kündige das Jahresabo, es sei denn, Sie machen mir ein besseres Angebot.")]
    [InlineData("Sort the signal out by the weekend or consider this my notice.")]
    [InlineData("Honestly I'm leaning towards cancelling the plan, but not decided yet.")]
    public void An_ultimatum_or_a_leaning_goes_to_a_person(string text)
    {
        var result = Classifier.Classify(text);

        Assert.Equal(Intents.Unclear, result.Intent);
    }

    [Theory]
    [InlineData("Kündigung vom Montag: Kommando zurück, wir bleiben.", Intents.Retract)]
    [InlineData("Cancellation confirmed, thanks. Could you send the last bill by post?", Intents.Other)]
    public void A_cancellation_taken_back_or_told_as_confirmed_declares_nothing_new(string text, string intent)
    {
        var result = Classifier.Classify(text);

        Assert.Equal(intent, result.Intent);
    }
}
