using Intake.Core.Classification;
using Intake.Core.Model;
using Xunit;

namespace Intake.Core.Tests.Classification;

/// <summary>
/// Where the phrase rules find no leaving cue, or only vague ones they cannot decide on, the statistical model's sure
/// reading of a cancellation counts (README, Classifier): quiet endings in words no list holds get their confirmation.
/// Where the rules weighed a cue and found it given up, negated or reported, or where they send a question or a threat
/// to a person on purpose, their reading stands.
/// </summary>
public sealed class ModelReadingTests
{
    [Theory]
    [InlineData("Haal mijn naam maar uit jullie ledenbestand, de tennisbaan zie ik niet meer terug na mijn verhuizing.")]
    [InlineData("Please take my name off the club list from June, my knees have had enough of the five-a-side.")]
    [InlineData("Die Gartenparzelle gebe ich zum Herbst ab, mein Rücken macht nicht mehr mit. Parzelle 14.")]
    public void A_quiet_ending_no_phrase_list_holds_is_read_by_the_model(string text)
    {
        var filed = Classifier.Classify(text);

        Assert.Equal("cancel", filed.Intent);
        Assert.Equal(CancellationKinds.Ordinary, filed.Kind);
        Assert.Contains(filed.Reasons, r => r.StartsWith("model:cancel:", StringComparison.Ordinal));
    }

    [Fact]
    public void With_the_cancel_threshold_at_one_the_model_reads_no_cancellation()
    {
        var off = ModelAssistedIntentClassifier.Create(PhraseBook.LoadDefault(), Classifier.Net, TrainingDirectory(), cancelThreshold: 1, cueCancelThreshold: 1);
        var text = new IntakeText("Please take my name off the club list from June, my knees have had enough of the five-a-side.", "email", Classifier.Tuesday24November2026);

        Assert.NotEqual("cancel", Classifier.Net.Guard(off.Classify(text), text).Intent);
    }

    [Theory]
    [InlineData("other", new string[0], "Haal mijn naam maar uit het ledenbestand, ik verhuis.", true)]
    [InlineData("other", new[] { "date:1 maart" }, "Haal mijn naam maar uit het ledenbestand per 1 maart.", true)]
    [InlineData("unclear", new[] { "weak:im done" }, "I'm done with all of this, honestly.", true)]
    [InlineData("unclear", new[] { "cue:cancel", "question" }, "Is it possible to cancel my membership immediately?", false)]
    [InlineData("unclear", new[] { "cue:opzeggen", "conditional" }, "Als het nog een keer misgaat, zeg ik op.", false)]
    [InlineData("other", new[] { "given-up:overwogen", "not-sent:geen opzegging" }, "Ik heb overwogen op te zeggen, maar ik laat het doorlopen.", false)]
    [InlineData("other", new[] { "cue:opzeggen", "negation:niet" }, "Ik wil niet opzeggen, alleen mijn adres wijzigen.", false)]
    [InlineData("other", new string[0], "Umzug", false)]
    public void The_model_reads_a_cancellation_only_where_the_rules_found_no_cue_or_could_not_decide(string intent, string[] reasons, string text, bool mayRead)
    {
        var rules = new IntentResult { Intent = intent, Confidence = 0.5, Reasons = reasons, Language = "en" };

        Assert.Equal(mayRead, ModelAssistedIntentClassifier.ModelMayReadCancellation(rules, text));
    }

    private static string TrainingDirectory() =>
        Path.GetDirectoryName(RepositoryFiles.Find(Path.Combine("channel-config", "training", "devset.jsonl")))!;
}
