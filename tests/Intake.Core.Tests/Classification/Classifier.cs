using Intake.Core.Classification;

namespace Intake.Core.Tests.Classification;

/// <summary>The classifier under test, built once from the repository's channel-config/intents.</summary>
public static class Classifier
{
    private static readonly Lazy<RuleBasedIntentClassifier> Instance = new(() => new RuleBasedIntentClassifier(PhraseBook.LoadDefault()));

    public static RuleBasedIntentClassifier Shared => Instance.Value;

    public static readonly DateTimeOffset Tuesday24November2026 = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    public static IntentResult Classify(string text, string channel = "email", DateTimeOffset? receivedAt = null, string? subject = null) =>
        Shared.Classify(new IntakeText(text, channel, receivedAt ?? Tuesday24November2026, subject));
}
