using Intake.Core.Classification;
using Intake.Core.Classification.SafetyNet;
using Intake.Core.Configuration;

namespace Intake.Testing;

/// <summary>The repository's classification, built once per test process: the model-assisted classifier and the safety net.</summary>
public static class TestClassification
{
    private static readonly Lazy<PhraseBook> Phrases = new(() => PhraseBook.Load(Path.Combine(ChannelConfigDirectory.Find(), "intents")));

    private static readonly Lazy<CancellationSafetyNet> NetInstance = new(() => new CancellationSafetyNet(Phrases.Value));

    private static readonly Lazy<ModelAssistedIntentClassifier> ClassifierInstance = new(() => ModelAssistedIntentClassifier.Create(
        Phrases.Value, NetInstance.Value, Path.Combine(ChannelConfigDirectory.Find(), ModelAssistedIntentClassifier.TrainingDirectory)));

    public static ModelAssistedIntentClassifier Classifier => ClassifierInstance.Value;

    public static CancellationSafetyNet Net => NetInstance.Value;
}
