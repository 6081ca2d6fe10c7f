namespace Intake.Core.Classification;

/// <summary>
/// What of a message the classifier and the safety net read. The classifier reads the new text up to
/// <see cref="Limit"/> characters (a declaration stands near the top) and, when it fits, the quoted part below it: a
/// short answer is read with the question it answers ("JA 👍" above "Wilt u opzeggen?") and an account number only in
/// the quote is found. A pasted contract or a 25 MB mail is read only that far, so no sender can make classification
/// slow; the message keeps its whole text. The net reads the whole text, unless it is that large.
/// </summary>
/// <param name="Read">What the classifier reads.</param>
/// <param name="Guarded">What the safety net reads.</param>
/// <param name="Cut">Whether the new text was longer than <see cref="Limit"/>.</param>
public sealed record ClassifiedText(string Read, string Guarded, bool Cut)
{
    public const int Limit = 4_000;

    public static ClassifiedText Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var newText = QuotedTextStripper.NewText(text);
        var cut = newText.Length > Limit;
        var read = cut ? newText[..Limit] : text.Length > Limit * 4 ? newText : text;
        return new ClassifiedText(read, text.Length > Limit * 4 ? read : text, cut);
    }
}
