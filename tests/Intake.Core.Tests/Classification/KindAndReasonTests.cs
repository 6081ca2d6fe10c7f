using Xunit;

namespace Intake.Core.Tests.Classification;

public sealed class KindAndReasonTests
{
    [Theory]
    [InlineData("Ik zeg mijn abonnement op.", "ordinary")]
    [InlineData("Hierbij herroep ik de overeenkomst.", "withdrawal")]
    [InlineData("Ik wil ontbinden binnen de bedenktijd.", "withdrawal")]
    [InlineData("I want to withdraw from the contract within 14 days.", "withdrawal")]
    [InlineData("Hiermit widerrufe ich den Vertrag.", "withdrawal")]
    [InlineData("Ik doe een buitengewone opzegging.", "extraordinary")]
    [InlineData("Ik zeg op wegens de prijsverhoging.", "extraordinary")]
    [InlineData("Ik ontbind de overeenkomst wegens wanprestatie.", "extraordinary")]
    [InlineData("I cancel because of the price increase you announced.", "extraordinary")]
    [InlineData("Ich kündige fristlos.", "extraordinary")]
    [InlineData("Ich mache von meinem Sonderkündigungsrecht Gebrauch.", "extraordinary")]
    public void Kind_follows_the_words_used(string text, string kind)
    {
        var result = Classifier.Classify(text);

        Assert.Equal("cancel", result.Intent);
        Assert.Equal(kind, result.Kind);
    }

    /// <summary>A serious failure of the service makes a cancellation for cause only when it ends the contract now.</summary>
    [Theory]
    [InlineData("Drie weken geen verwarming en de monteur is niet komen opdagen. Ik stop per direct met het contract.", "extraordinary")]
    [InlineData("Drie weken geen verwarming en de monteur is niet komen opdagen. Ik zeg het contract op tegen het einde van de looptijd.", "ordinary")]
    [InlineData("The cleaners never turned up, twice. I'm cancelling the contract with immediate effect.", "extraordinary")]
    [InlineData("The cleaners never turned up, twice. Please cancel the contract at the end of the notice period.", "ordinary")]
    [InlineData("Seit Wochen kein Empfang im Haus. Den Mobilfunkvertrag kündige ich ab sofort.", "extraordinary")]
    [InlineData("Ich kündige den Vertrag ab sofort, wir ziehen nach Spanien.", "ordinary")]
    public void A_failing_service_ended_now_is_a_cancellation_for_cause(string text, string kind)
    {
        var result = Classifier.Classify(text);

        Assert.Equal("cancel", result.Intent);
        Assert.Equal(kind, result.Kind);
    }

    /// <summary>A reason for a special right told beside a request for the regular end uses no special right.</summary>
    [Theory]
    [InlineData("My father died in May. Please end his plan at the next renewal date instead of now.", "ordinary")]
    [InlineData("Mijn man is overleden. Ik zeg zijn abonnement op tegen het einde van de looptijd.", "ordinary")]
    [InlineData("Die Preise sind gestiegen. Ich kündige fristgerecht zum Ende der Mindestlaufzeit.", "ordinary")]
    [InlineData("Mein Mann ist verstorben, bitte den Vertrag sofort beenden.", "extraordinary")]
    [InlineData("Mijn man is overleden, zijn abonnement graag per direct stoppen, niet pas aan het einde van de looptijd.", "extraordinary")]
    public void Asking_for_the_regular_end_makes_the_cancellation_ordinary(string text, string kind)
    {
        var result = Classifier.Classify(text);

        Assert.Equal("cancel", result.Intent);
        Assert.Equal(kind, result.Kind);
    }

    [Fact]
    public void A_price_increase_makes_the_cancellation_extraordinary_and_the_reason_price()
    {
        var result = Classifier.Classify("Na de prijsverhoging zeg ik op.");

        Assert.Equal("extraordinary", result.Kind);
        Assert.Equal("price", result.Reason);
        Assert.Contains("kind:extraordinary:prijsverhoging", result.Reasons);
    }

    [Theory]
    [InlineData("other")]
    [InlineData("unclear")]
    [InlineData("retract")]
    public void Only_cancellations_carry_a_kind(string intent)
    {
        var text = intent switch
        {
            "other" => "Ik wil mijn adres wijzigen.",
            "unclear" => "Hoe kan ik opzeggen?",
            _ => "Ik trek mijn opzegging in.",
        };
        var result = Classifier.Classify(text);

        Assert.Equal(intent, result.Intent);
        Assert.Null(result.Kind);
    }

    [Theory]
    [InlineData("Ik zeg op, ik ga verhuizen.", "moving")]
    [InlineData("I'm cancelling, we are moving abroad.", "moving")]
    [InlineData("Ich kündige wegen Umzug.", "moving")]
    [InlineData("Ik zeg op, het is te duur.", "price")]
    [InlineData("Cancel please, it is too expensive.", "price")]
    [InlineData("Ich kündige, es ist mir zu teuer.", "price")]
    [InlineData("Ik zeg op vanwege de slechte service.", "service")]
    [InlineData("Cancel my account, the customer service is terrible.", "service")]
    [InlineData("Ik stap over naar een andere provider, ik zeg op.", "competitor")]
    [InlineData("Cancel, I'm switching to another provider.", "competitor")]
    [InlineData("Mijn man is overleden, ik zeg zijn abonnement op.", "deceased")]
    [InlineData("My mother passed away, please cancel her plan.", "deceased")]
    [InlineData("Mein Vater ist verstorben, ich kündige seinen Vertrag.", "deceased")]
    [InlineData("Ik zeg op, ik heb het niet meer nodig.", "no_longer_needed")]
    [InlineData("Cancel please, I no longer need it.", "no_longer_needed")]
    [InlineData("Ich kündige, ich brauche es nicht mehr.", "no_longer_needed")]
    [InlineData("Ik zeg op omdat mijn situatie veranderd is.", "other")]
    public void Reason_for_leaving_is_read_from_the_text(string text, string reason)
    {
        Assert.Equal(reason, Classifier.Classify(text).Reason);
    }

    [Fact]
    public void A_message_that_gives_no_reason_has_none()
    {
        Assert.Null(Classifier.Classify("Ik zeg mijn abonnement op.").Reason);
    }

    [Fact]
    public void Explicit_cancellation_is_confident_and_names_its_cue()
    {
        var result = Classifier.Classify("Hierbij zeg ik mijn abonnement op.");

        Assert.True(result.Confidence >= 0.9);
        Assert.Contains(result.Reasons, r => r.StartsWith("cue:", StringComparison.Ordinal));
    }

    [Fact]
    public void Withdrawal_reason_names_its_cue()
    {
        Assert.Contains("kind:withdrawal:herroepen", Classifier.Classify("Ik wil de overeenkomst herroepen.").Reasons);
    }
}
