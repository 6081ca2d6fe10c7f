namespace Intake.Core.Classification;

/// <summary>Decides whether a text declares a cancellation and extracts what it states.</summary>
public interface IIntentClassifier
{
    IntentResult Classify(IntakeText text);
}
