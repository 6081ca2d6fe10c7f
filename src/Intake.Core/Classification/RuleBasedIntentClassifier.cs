using System.Text.RegularExpressions;
using Intake.Core.Model;

namespace Intake.Core.Classification;

/// <summary>The baseline classifier: phrase lists per language (nl, en, de), read with negation, questions and threats in mind.</summary>
public sealed partial class RuleBasedIntentClassifier : IIntentClassifier
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private readonly CueCatalog catalog;
    private readonly TextTokenizer tokenizer;
    private readonly LanguageDetector languages;
    private readonly IntentDecider decider;
    private readonly RequestedDateExtractor dates;
    private readonly AccountNumberExtractor accounts;
    private readonly AnswerReader answers;

    public RuleBasedIntentClassifier(PhraseBook phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        catalog = CueCatalog.Build(phrases);
        tokenizer = new TextTokenizer(catalog.ClauseBreaks, catalog.Abbreviations, catalog.ClauseAdverbs, catalog.NegationWords);
        languages = LanguageDetector.Build(phrases, catalog);
        decider = new IntentDecider(catalog.NegationBridges, catalog.CancellationNouns);
        dates = new RequestedDateExtractor(phrases);
        accounts = new AccountNumberExtractor(phrases);
        answers = new AnswerReader(phrases, tokenizer, catalog);
        Mail = new MailConventions(phrases);
    }

    /// <summary>What mail clients write, and the text the rules, the model and the net read (<see cref="MailConventions.AnalysedText(IntakeText)"/>).</summary>
    internal MailConventions Mail { get; }

    public static RuleBasedIntentClassifier FromDirectory(string channelConfigIntentsDir) =>
        new(PhraseBook.Load(channelConfigIntentsDir));

    public IntentResult Classify(IntakeText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var body = WithoutUncheckedOptions(QuotedTextStripper.NewText(text.Text));
        var analysed = Mail.AnalysedText(text, body);
        var tokenized = tokenizer.Tokenize(accounts.WithoutInsertions(analysed) ?? analysed);
        var language = languages.Detect(tokenized.Sentences);
        var scan = catalog.Scan(tokenized.Sentences);
        // Whether the quote speaks of ending is read at most once: the decider may ask, and so may the quote's own check.
        var quoteEnds = new Lazy<bool>(() => body.Length < text.Text.Length && answers.QuoteSpeaksOfEnding(text.Text), LazyThreadSafetyMode.None);
        var decision = WithQuoteAndMachine(
            decider.Decide(scan, () => quoteEnds.Value, () => body.Length < text.Text.Length && answers.QuoteTellsOfMadeCancellation(text.Text)),
            text, body, quoteEnds);

        // "JA 👍" above "Wilt u uw contract opzeggen?": the quoted question says what the answer means, its date and
        // (as "ja" is Dutch and German) its language.
        var answer = decision.Intent is Intents.Other or Intents.Unclear ? answers.Read(text.Text, body, rulesSawNothing: decision.Intent == Intents.Other) : null;
        if (answer is not null)
        {
            decision = Answered(answer);
            language = languages.Detect([.. tokenized.Sentences, .. answer.Question.Sentences]);
            (tokenized, scan) = (answer.Question, answer.QuestionScan);
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(text.ReceivedAt, Amsterdam).DateTime);
        var requested = dates.Extract(tokenized, scan, today);
        var leaving = decision.Intent is Intents.Cancel or Intents.Unclear;
        var cancel = decision.Intent == Intents.Cancel;
        var reasons = requested.Cue is null
            ? decision.Reasons
            : [.. decision.Reasons, requested.Immediate ? $"immediate:{requested.Cue}" : $"date:{requested.Cue}"];

        return new IntentResult
        {
            Intent = decision.Intent,
            Kind = decision.Kind,
            Confidence = decision.Confidence,
            Reasons = reasons,
            RequestedDate = requested.Date,
            Immediate = requested.Immediate,
            // Someone forwarding their own earlier mail often left the number there, not in the lines above it; a reply
            // keeps it in the subject it answers ("Re: Kündigung Kd-Nr. 4471").
            AccountNumber = accounts.Extract(analysed, orders: cancel)
                ?? (analysed.Length < text.Text.Length ? accounts.Extract(text.Text, orders: cancel) : null)
                ?? (text.Subject is { } subject && !analysed.StartsWith(subject.Trim(), StringComparison.Ordinal) ? accounts.Extract(subject, orders: cancel) : null)
                ?? AccountNumberExtractor.SignatureNumber(analysed),
            Reason = leaving ? ReasonExtractor.Extract(scan, language) : null,
            Language = language,
        };
    }

    /// <summary>
    /// The decision on the new text, weighed with what surrounds it. "Zie hieronder" above a forwarded cancellation that
    /// bounced, "any news?" above the customer's own quoted cancellation: the quote declares what the new text only
    /// points at, so a person reads the two together. "Gelezen: Bevestiging van uw opzegging ... is gelezen op": the mail
    /// client reports our own mail was read. An out-of-office reply ("Automatische Antwort: ...") the rules read nothing
    /// in speaks for nobody: the model is not asked.
    /// </summary>
    private IntentDecision WithQuoteAndMachine(IntentDecision decision, IntakeText text, string body, Lazy<bool> quoteEnds)
    {
        if (Mail.IsReadReceipt(text)) return new IntentDecision(Intents.Other, null, 0.9, [AutoReplyReason + "read-receipt"]);
        if (decision.Intent != Intents.Other) return decision;
        if (body.Length < text.Text.Length && !quoteEnds.Value && QuoteDeclaresCancellation(text.Text))
            return new IntentDecision(Intents.Unclear, null, 0.5, [.. decision.Reasons, "quote:declares-cancellation"]);
        return Mail.IsAutoReply(text)
            ? new IntentDecision(Intents.Other, null, 0.9, [.. decision.Reasons, AutoReplyReason + "out-of-office"])
            : decision;
    }

    /// <summary>
    /// Whether the quoted history declares a cancellation (the customer's own, bounced or unanswered). The caller asks
    /// only when the message answered is not ours speaking of one ("thanks" above "We have received your cancellation"
    /// stays thanks).
    /// </summary>
    private bool QuoteDeclaresCancellation(string whole)
    {
        var quote = QuotedTextStripper.QuotedText(whole);
        return quote.Length > 0
            && decider.Decide(catalog.Scan(tokenizer.Tokenize(quote).Sentences), () => false).Intent == Intents.Cancel;
    }

    /// <summary>
    /// The kind and reason this message would have as a cancellation, for one the model reads where the cues did not:
    /// a death or a price rise makes it extraordinary, a sign-up within the cooling-off period a withdrawal.
    /// </summary>
    internal (string Kind, string? Reason) AsCancellation(IntakeText text)
    {
        var tokenized = tokenizer.Tokenize(Mail.AnalysedText(text));
        var scan = catalog.Scan(tokenized.Sentences);
        return (IntentDecider.Kind(scan, scan.Hits).Kind, ReasonExtractor.Extract(scan, languages.Detect(tokenized.Sentences)));
    }

    private static IntentDecision Answered(Answer answer)
    {
        switch (answer.Intent)
        {
            case Intents.Cancel:
                var (kind, kindReason) = IntentDecider.Kind(answer.QuestionScan, answer.QuestionScan.Hits);
                return new IntentDecision(Intents.Cancel, kind, 0.85, kindReason is null ? [answer.Reason] : [answer.Reason, kindReason]);
            case Intents.Retract:
                return new IntentDecision(Intents.Retract, null, 0.85, [answer.Reason]);
            case Intents.Other:
                return new IntentDecision(Intents.Other, null, 0.9, [answer.Reason]);
            default:
                return new IntentDecision(Intents.Unclear, null, 0.5, [answer.Reason]);
        }
    }

    /// <summary>The reason of a message a machine wrote (a read receipt, an out-of-office reply): the model has nothing to add.</summary>
    public const string AutoReplyReason = "auto:";

    /// <summary>A form's option left unticked ("[ ] Opzegging", "☐ Kündigung") is no choice of the customer's.</summary>
    private static string WithoutUncheckedOptions(string body) => UncheckedOption().Replace(body, " ");

    [GeneratedRegex(@"(?:\[ ?\]|\( ?\)|☐)[ \t]*[^\[\]()☐☒☑\n|]*")]
    private static partial Regex UncheckedOption();
}
