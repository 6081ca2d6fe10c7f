using System.Text.RegularExpressions;

namespace Intake.Core.Classification;

/// <summary>
/// What mail clients write, from every phrase file's "mail" section: a reply's or forward's subject repeats the other
/// side's words, an out-of-office reply and a read receipt speak for nobody. Also the text the classifier, the model and
/// the safety net read: the new text of the message, headed by its subject where the subject is the writer's own.
/// </summary>
internal sealed class MailConventions
{
    private readonly Regex replyPrefix;
    private readonly Regex autoReplySubject;
    private readonly Regex readReceiptSubject;
    private readonly Regex readReceiptBody;

    public MailConventions(PhraseBook phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var mail = phrases.Files.Select(f => f.Mail).ToArray();
        replyPrefix = Prefix(mail.SelectMany(m => m.ReplyPrefixes));
        autoReplySubject = new Regex(
            $@"^\s*(?:(?:{Alternatives(mail.SelectMany(m => m.AutoReplySubjects))})\b|(?:{Alternatives(mail.SelectMany(m => m.AutoReplyPrefixes))})\s*:)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        readReceiptSubject = Prefix(mail.SelectMany(m => m.ReadReceiptPrefixes));
        readReceiptBody = new Regex($@"\b(?:{Alternatives(mail.SelectMany(m => m.ReadReceiptBodies))})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>
    /// The new text of the message, headed by its subject: "Opzegging" as a subject with "zie bijlage" as body is a
    /// cancellation. A reply's subject ("Re: Bevestiging opzegging") repeats our own words, so it only counts when
    /// the body says nothing.
    /// </summary>
    public string AnalysedText(IntakeText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return AnalysedText(text, QuotedTextStripper.NewText(text.Text));
    }

    /// <summary>The analysed text when the new text (<paramref name="body"/>) is already cut from the quote.</summary>
    public string AnalysedText(IntakeText text, string body)
    {
        var subject = text.Subject?.Trim();
        // An out-of-office reply's subject ("Abwesenheitsnotiz: Bestätigung Ihrer Kündigung") repeats ours likewise.
        if (string.IsNullOrEmpty(subject) || ((replyPrefix.IsMatch(subject) || autoReplySubject.IsMatch(subject)) && body.Any(char.IsLetter)))
        {
            return body;
        }

        return subject + "\n\n" + body;
    }

    /// <summary>Whether the subject is an out-of-office reply's ("Automatische Antwort: ...", "OOO:").</summary>
    public bool IsAutoReply(IntakeText text) => text.Subject is { } subject && autoReplySubject.IsMatch(subject);

    /// <summary>A mail client's read receipt: its subject says "Read:" and its body only that a mail was read.</summary>
    public bool IsReadReceipt(IntakeText text) =>
        text.Subject is { } subject && readReceiptSubject.IsMatch(subject) && readReceiptBody.IsMatch(text.Text)
        && text.Text.Length < 600;

    private static Regex Prefix(IEnumerable<string> prefixes) =>
        new($@"^\s*(?:{Alternatives(prefixes)})\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The phrases as regex alternatives: words apart by any space, "..." up to 60 characters, a trailing * any word ending.</summary>
    private static string Alternatives(IEnumerable<string> phrases)
    {
        var alternatives = phrases.Distinct(StringComparer.OrdinalIgnoreCase).Select(phrase => string.Join(@"\s+", phrase
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word == "..." ? ".{0,60}" : word.EndsWith('*') ? Regex.Escape(word[..^1]) + @"\w*" : Regex.Escape(word)))
            .Replace(@"\s+.{0,60}\s+", @"\s.{0,60}", StringComparison.Ordinal)).ToArray();
        // A language without such words must not match everything.
        return alternatives.Length == 0 ? "(?!)" : string.Join('|', alternatives);
    }
}
