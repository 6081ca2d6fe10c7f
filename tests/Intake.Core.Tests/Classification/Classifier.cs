using Intake.Core.Classification;
using Intake.Core.Classification.SafetyNet;
using Intake.Testing;

namespace Intake.Core.Tests.Classification;

/// <summary>
/// The classification under test, built once from the repository's channel-config: the phrase rules with the
/// statistical model (<see cref="Model"/>), and as the pipeline files a message, behind the safety net (<see cref="Shared"/>).
/// </summary>
public static class Classifier
{
    // The same instances the other test projects use (Intake.Testing): the model trains once per test process.
    private static readonly Lazy<IIntentClassifier> Guarded = new(() => new GuardedClassifier(TestClassification.Classifier, TestClassification.Net));

    /// <summary>What the pipeline files: the model-assisted classifier's result after the safety net.</summary>
    public static IIntentClassifier Shared => Guarded.Value;

    public static ModelAssistedIntentClassifier Model => TestClassification.Classifier;

    public static CancellationSafetyNet Net => TestClassification.Net;

    public static readonly DateTimeOffset Tuesday24November2026 = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    public static IntentResult Classify(string text, string channel = "email", DateTimeOffset? receivedAt = null, string? subject = null) =>
        Shared.Classify(new IntakeText(text, channel, receivedAt ?? Tuesday24November2026, subject));

    private sealed class GuardedClassifier(IIntentClassifier inner, CancellationSafetyNet net) : IIntentClassifier
    {
        public IntentResult Classify(IntakeText text) => net.Guard(inner.Classify(text), text);
    }
}
