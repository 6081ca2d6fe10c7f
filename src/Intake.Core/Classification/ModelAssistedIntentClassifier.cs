using Intake.Core.Classification.SafetyNet;
using Intake.Core.Classification.Statistical;
using Intake.Core.Model;

namespace Intake.Core.Classification;

/// <summary>
/// The classifier the gateway runs: the phrase rules read the message, and a statistical model trained on the
/// labelled dev set at start-up reads it too. The model's probability is the confidence of an <c>other</c>, which the
/// pipeline's <see cref="SafetyNet.CancellationSafetyNet"/> weighs before anything is filed as not a cancellation.
/// Where the rules find no cancellation they can stand behind (<c>other</c> or <c>unclear</c>) and the model is very sure
/// of one (<see cref="DefaultCancelThreshold"/>), the message is a cancellation: quiet endings in words no phrase list
/// holds then get their confirmation instead of waiting for a person. Where the text also holds a leaving cue of the
/// safety net's lexicon that nothing accounts for, two independent readings agree, and the model needs less
/// (<see cref="DefaultCueCancelThreshold"/>).
/// </summary>
public sealed class ModelAssistedIntentClassifier : IIntentClassifier
{
    /// <summary>Where the labelled dev sets (*.jsonl) live, relative to channel-config.</summary>
    public const string TrainingDirectory = "training";

    /// <summary>The model's probability of a cancellation above which it reads one where the rules did not; calibrated out of fold on the dev sets (README, Classifier).</summary>
    public const double DefaultCancelThreshold = 0.95;

    /// <summary>The same where the text holds a leaving cue the rules could not decide on; calibrated out of fold on the dev sets (README, Classifier).</summary>
    public const double DefaultCueCancelThreshold = 0.85;

    private readonly RuleBasedIntentClassifier rules;
    private readonly IntentModel model;
    private readonly CancellationSafetyNet net;
    private readonly double cancelThreshold;
    private readonly double cueCancelThreshold;

    private ModelAssistedIntentClassifier(RuleBasedIntentClassifier rules, IntentModel model, CancellationSafetyNet net, double cancelThreshold, double cueCancelThreshold)
    {
        if (cancelThreshold is < 0.5 or > 1) throw new ArgumentOutOfRangeException(nameof(cancelThreshold), "The cancel threshold is a probability (0.5..1); 1 turns the model's reading of cancellations off.");
        if (cueCancelThreshold is < 0.5 or > 1) throw new ArgumentOutOfRangeException(nameof(cueCancelThreshold), "The cancel threshold with a leaving cue is a probability (0.5..1); 1 turns that reading off.");
        this.rules = rules;
        this.model = model;
        this.net = net;
        this.cancelThreshold = cancelThreshold;
        this.cueCancelThreshold = cueCancelThreshold;
    }

    /// <summary>
    /// The rules from <paramref name="phrases"/>; the model trained on every *.jsonl in <paramref name="trainingDirectory"/>;
    /// <paramref name="net"/> (the pipeline's, built from the same phrases) tells where a leaving cue stands.
    /// </summary>
    public static ModelAssistedIntentClassifier Create(PhraseBook phrases, CancellationSafetyNet net, string trainingDirectory,
        double cancelThreshold = DefaultCancelThreshold, double cueCancelThreshold = DefaultCueCancelThreshold)
    {
        var rules = new RuleBasedIntentClassifier(phrases);
        return new(rules, IntentModelTrainer.Train(TrainingSet.LoadDirectory(trainingDirectory, rules.Mail)), net, cancelThreshold, cueCancelThreshold);
    }

    /// <summary>Phrase files from channel-config/intents, the dev sets from channel-config/training.</summary>
    public static ModelAssistedIntentClassifier FromChannelConfig(string channelConfigDir)
    {
        var phrases = PhraseBook.Load(Path.Combine(channelConfigDir, "intents"));
        return Create(phrases, new CancellationSafetyNet(phrases), Path.Combine(channelConfigDir, TrainingDirectory));
    }

    public IntentResult Classify(IntakeText text)
    {
        var result = rules.Classify(text);
        // An answer read with its quoted question ("nee" to "Wilt u opzeggen?") means what the question makes it; the
        // model, which sees only "nee", has nothing to add.
        if (result.Intent is Intents.Cancel or Intents.Retract || AnswerReader.ReadWithQuestion(result) || IsMachineWritten(result)) return result;
        var p = model.Predict(rules.Mail.AnalysedText(text));
        if (ModelReadsCancellation(p.Cancel, result, text)) return ReadByModel(result, text, p.Cancel);
        if (result.Intent != Intents.Other) return result;
        // The model's confidence that the message declares nothing: what the safety net weighs against its threshold.
        var confidence = Math.Round(1 - p.Cancel - p.Retract, 2);
        return result with
        {
            Confidence = confidence,
            Reasons = [.. result.Reasons, $"model:other:{confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}"],
        };
    }

    /// <summary>
    /// Whether the model's sure reading of a cancellation may stand for what the rules read: they found no leaving cue
    /// at all, or only vague ones ("I'm done", "stop") that they could not decide on. Where they weighed a cue and found it
    /// negated, given up, reported or about something else, their reading stands; so does a question ("Is it possible to
    /// cancel immediately?"), a threat, a cancellation told in the past, a retraction beside a new declaration and an
    /// answer read with its quoted question: a person decides those. So does a message of three words or fewer
    /// ("Umzug", "Renewing."): too little for the model to be sure of.
    /// </summary>
    public static bool ModelMayReadCancellation(IntentResult rules, string text) =>
        !AnswerReader.ReadWithQuestion(rules) && WordCount(QuotedTextStripper.NewText(text)) > 3
        && ((rules.Intent == Intents.Unclear && !rules.Reasons.Any(Doubts)) || (rules.Intent == Intents.Other && !rules.Reasons.Any(WeighsCue)));

    /// <summary>
    /// The model's <paramref name="cancel"/> probability is enough: at the cancel threshold, or at the lower one where the
    /// new text holds a leaving cue the net would send to a person ("Das Abo brauch ich nicht mehr"), so the lexicon and
    /// the model, which knows nothing of it, agree.
    /// </summary>
    private bool ModelReadsCancellation(double cancel, IntentResult result, IntakeText text) =>
        cancel >= Math.Min(cancelThreshold, cueCancelThreshold) && ModelMayReadCancellation(result, text.Text)
        && (cancel >= cancelThreshold || net.HasLeavingCue(text));

    private static bool IsMachineWritten(IntentResult rules) =>
        rules.Reasons.Any(r => r.StartsWith(RuleBasedIntentClassifier.AutoReplyReason, StringComparison.Ordinal));

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    /// <summary>A reason of the rules for sending a message to a person on purpose.</summary>
    private static bool Doubts(string reason) =>
        reason is "question" or "conditional" or "past" or "reported"
        || reason.StartsWith("optout:", StringComparison.Ordinal) || reason.StartsWith("retract:", StringComparison.Ordinal)
        || reason.StartsWith("unconfirmed:", StringComparison.Ordinal);

    /// <summary>A reason of the rules that tells of a cue they weighed (anything but the requested date).</summary>
    private static bool WeighsCue(string reason) =>
        !reason.StartsWith("date:", StringComparison.Ordinal) && !reason.StartsWith("immediate:", StringComparison.Ordinal);

    /// <summary>A cancellation the model reads where the rules did not: its kind and reason as the rules would give them.</summary>
    private IntentResult ReadByModel(IntentResult result, IntakeText text, double probability)
    {
        var (kind, reason) = rules.AsCancellation(text);
        return result with
        {
            Intent = Intents.Cancel,
            Kind = kind,
            Reason = result.Reason ?? reason,
            Confidence = Math.Round(probability, 2),
            Reasons = [.. result.Reasons, $"model:cancel:{probability.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}"],
        };
    }
}
