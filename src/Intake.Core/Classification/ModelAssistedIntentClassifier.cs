using Intake.Core.Classification.Statistical;
using Intake.Core.Model;

namespace Intake.Core.Classification;

/// <summary>
/// The classifier the gateway runs: the phrase rules read the message, and a statistical model trained on the
/// labelled dev set at start-up reads it too. The model's probability is the confidence of an <c>other</c>, which the
/// pipeline's <see cref="SafetyNet.CancellationSafetyNet"/> weighs before anything is filed as not a cancellation.
/// </summary>
public sealed class ModelAssistedIntentClassifier : IIntentClassifier
{
    /// <summary>Where the labelled dev sets (*.jsonl) live, relative to channel-config.</summary>
    public const string TrainingDirectory = "training";

    private readonly RuleBasedIntentClassifier rules;
    private readonly IntentModel model;

    private ModelAssistedIntentClassifier(RuleBasedIntentClassifier rules, IntentModel model)
    {
        this.rules = rules;
        this.model = model;
    }

    /// <summary>The rules from <paramref name="phrases"/>; the model trained on every *.jsonl in <paramref name="trainingDirectory"/>.</summary>
    public static ModelAssistedIntentClassifier Create(PhraseBook phrases, string trainingDirectory) =>
        new(new RuleBasedIntentClassifier(phrases), IntentModelTrainer.Train(TrainingSet.LoadDirectory(trainingDirectory)));

    /// <summary>Phrase files from channel-config/intents, the dev sets from channel-config/training.</summary>
    public static ModelAssistedIntentClassifier FromChannelConfig(string channelConfigDir) =>
        Create(PhraseBook.Load(Path.Combine(channelConfigDir, "intents")), Path.Combine(channelConfigDir, TrainingDirectory));

    public IntentResult Classify(IntakeText text)
    {
        var result = rules.Classify(text);
        // An answer read with its quoted question ("nee" to "Wilt u opzeggen?") means what the question makes it; the
        // model, which sees only "nee", has nothing to add.
        if (result.Intent != Intents.Other || AnswerReader.ReadWithQuestion(result)) return result;
        // The model's confidence that the message declares nothing: what the safety net weighs against its threshold.
        var p = model.Predict(RuleBasedIntentClassifier.AnalysedText(text));
        var confidence = Math.Round(1 - p.Cancel - p.Retract, 2);
        return result with
        {
            Confidence = confidence,
            Reasons = [.. result.Reasons, $"model:other:{confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}"],
        };
    }

}
