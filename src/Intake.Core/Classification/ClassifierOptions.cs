using Intake.Core.Classification.SafetyNet;

namespace Intake.Core.Classification;

/// <summary>Settings of classification (section Intake:Classifier).</summary>
public sealed class ClassifierOptions
{
    /// <summary>
    /// How sure classification must be that a message is not a cancellation before it is filed as <c>other</c> (no case,
    /// no reply); below it the message goes to review. Calibrated on the dev set (README, Classifier).
    /// </summary>
    public double OtherThreshold { get; set; } = CancellationSafetyNet.DefaultOtherThreshold;

    /// <summary>
    /// How sure the statistical model must be of a cancellation to read one where the phrase rules found none they can
    /// stand behind (<c>other</c> or <c>unclear</c>); 1 turns this off. Calibrated on the dev set (README, Classifier).
    /// </summary>
    public double CancelThreshold { get; set; } = ModelAssistedIntentClassifier.DefaultCancelThreshold;

    /// <summary>
    /// The same where the message also holds a leaving cue of the safety net's lexicon that nothing accounts for (two
    /// independent readings agree); 1 turns this off. Calibrated on the dev set (README, Classifier).
    /// </summary>
    public double CueCancelThreshold { get; set; } = ModelAssistedIntentClassifier.DefaultCueCancelThreshold;
}
