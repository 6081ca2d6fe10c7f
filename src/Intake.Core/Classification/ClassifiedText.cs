namespace Intake.Core.Classification;

/// <summary>
/// What of a message the classifier reads. The new text up to <see cref="Limit"/> characters (a declaration stands
/// near the top), and, when it fits, the quoted part below it: a short answer is read with the question it answers
/// ("JA 👍" above "Wilt u opzeggen?") and an account number only in the quote is found. A pasted contract or a 25 MB
/// mail is read only that far, so no sender can make classification slow; the message keeps its whole text.
/// </summary>
public static class ClassifiedText
{
    public const int Limit = 4_000;

    /// <summary>The text to classify; <paramref name="cut"/> tells whether the new text was longer than <see cref="Limit"/>.</summary>
    public static string Of(string text, out bool cut)
    {
        ArgumentNullException.ThrowIfNull(text);
        var newText = QuotedTextStripper.NewText(text);
        cut = newText.Length > Limit;
        if (cut) return newText[..Limit];
        return text.Length > Limit * 4 ? newText : text;
    }
}
