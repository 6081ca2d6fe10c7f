using Intake.Core.Model;

namespace Intake.Core.Classification.SafetyNet;

/// <summary>
/// The last word before a message is filed as "not a cancellation" (no case, no reply): it may be <c>other</c> only
/// when the classifier is confident (<see cref="OtherThreshold"/>) AND the text holds no leaving cue that nothing
/// accounts for. Everything else that is not a confident cancel or retract becomes <c>unclear</c>: a review case
/// with its receipt time fixed, and an acknowledgement of receipt to the customer.
/// </summary>
public sealed class CancellationSafetyNet
{
    /// <summary>The default confidence an <c>other</c> needs; calibrated on the dev set (see the README's Classifier section).</summary>
    public const double DefaultOtherThreshold = 0.8;

    private readonly LeavingCues cues;
    private readonly MailConventions mail;

    public CancellationSafetyNet(PhraseBook phrases, double otherThreshold = DefaultOtherThreshold)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        if (otherThreshold is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(otherThreshold), "The threshold is a probability (0..1).");
        cues = new LeavingCues(phrases);
        mail = new MailConventions(phrases);
        OtherThreshold = otherThreshold;
    }

    public double OtherThreshold { get; }

    /// <summary>
    /// Whether the new text (the quote below it left out) holds a leaving cue that nothing accounts for: a word of
    /// ending, leaving, renewal, closing or a booking, not negated, not about a plainly non-contract object, not inside
    /// a wish to renew or a story that ends in staying.
    /// </summary>
    public bool HasLeavingCue(IntakeText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return cues.Unaccounted(mail.AnalysedText(text)).Count > 0;
    }

    /// <summary>
    /// The result as the pipeline files it: an unsafe <c>other</c> becomes <c>unclear</c>, with the net's reasons.
    /// <paramref name="text"/> is the whole message as received, quoted history included: a short answer above a
    /// quote ("JA 👍" to "Wilt u opzeggen?") can only be read with the quote, so a person reads it.
    /// </summary>
    public IntentResult Guard(IntentResult result, IntakeText text)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(text);
        if (result.Intent != Intents.Other) return result;
        // The new text once: what the classifier read is it (headed by the subject), and a short one above a quote is an answer.
        var newText = QuotedTextStripper.NewText(text.Text);
        var analysed = mail.AnalysedText(text, newText);
        var reasons = cues.Unaccounted(analysed).Select(c => $"net:cue:{c}").ToList();
        // The rules read a plain "nee" below "Wilt u opzeggen?" with its question (AnswerReader); any other short answer
        // to a quote that speaks of leaving a person reads. "Ja, gerne" to "Sollen wir auch Abendbrot liefern?" is not one.
        var answered = AnswerReader.ReadWithQuestion(result);
        if (!answered && AnswerReader.IsShortAnswer(text.Text, newText) && !cues.OnlyThanks(analysed)
            && cues.Unaccounted(QuotedTextStripper.QuotedText(text.Text)).Count > 0)
            reasons.Add("net:short-answer-to-quote");
        if (!answered && cues.Wordless(analysed)) reasons.Add("net:no-words");
        if (result.Confidence < OtherThreshold)
            reasons.Add($"net:confidence:{result.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}");
        return reasons.Count == 0
            ? result
            : result with { Intent = Intents.Unclear, Kind = null, Confidence = 0.5, Reasons = [.. result.Reasons, .. reasons] };
    }
}
