using System.Text.RegularExpressions;
using Intake.Core.Model;

namespace Intake.Core.Classification;

/// <summary>
/// Reads a short answer with the question it answers. A company often asks "Wilt u uw energiecontract opzeggen?
/// Antwoord JA of NEE" or "Do you want to cancel it from 1 January?", and the customer replies "JA 👍" above the quote:
/// alone, "JA" says nothing; with the quoted question it declares. Yes to a question about ending the contract is a
/// cancellation (dated as the question dates it), no is not; yes to a question about keeping it takes a cancellation
/// back where the quote speaks of one, and is no cancellation where it does not (an offer to keep a plan). Anything
/// less plain (both yes and no, a question about something else, several questions pulling apart) is left as it was,
/// and the safety net sends it to a person.
/// </summary>
internal sealed partial class AnswerReader
{
    /// <summary>"JA 👍", "ok", "yes please", "Nein danke": this many words or fewer answer what is quoted.</summary>
    public const int MaxWords = 6;

    /// <summary>Every reason of an answer read with its question starts so.</summary>
    private const string ReasonPrefix = "answer:";

    private static readonly HashSet<CueCategory> EndingCategories =
        [CueCategory.Cancel, CueCategory.CancelWithObject, CueCategory.Withdrawal, CueCategory.Extraordinary, CueCategory.StopVerb];

    private readonly TextTokenizer tokenizer;
    private readonly CueCatalog catalog;
    private readonly IReadOnlySet<string> negationBridges;
    private readonly string[][] yes;
    private readonly string[][] no;
    private readonly string[][] keep;
    private readonly string[][] alternatives;
    private readonly string[][] confirmRequests;
    private readonly string[] yesEmoji;
    private readonly string[] noEmoji;

    /// <summary>The words that put an option's number or keyword after them, the joins included ("Kies 1", "oder 2").</summary>
    private readonly string choose;

    /// <summary>The words between such a verb and its keyword ("Antworten Sie mit ENDE").</summary>
    private readonly string fillers;

    /// <summary>Where a quote's options start: the first "Kies", "Reply", "Antworten" or "1)"; the quote's end when it has none.</summary>
    private readonly Regex optionsStart;

    /// <summary>Where an option's words end: the next option, "or", a sentence end.</summary>
    private readonly Regex optionEnd;

    public AnswerReader(PhraseBook phrases, TextTokenizer tokenizer, CueCatalog catalog)
    {
        this.tokenizer = tokenizer;
        this.catalog = catalog;
        negationBridges = catalog.NegationBridges;
        var answers = phrases.Files.Select(f => f.Answers).ToArray();
        (yes, yesEmoji) = Words(answers.SelectMany(a => a.Yes));
        (no, noEmoji) = Words(answers.SelectMany(a => a.No));
        (keep, _) = Words(answers.SelectMany(a => a.Keep));
        (alternatives, _) = Words(answers.SelectMany(a => a.Alternatives));
        (confirmRequests, _) = Words(answers.SelectMany(a => a.ConfirmRequests));
        var verbs = Alternation(answers.SelectMany(a => a.OptionVerbs));
        var joins = Alternation(answers.SelectMany(a => a.OptionJoins));
        choose = $"{verbs}|{joins}";
        fillers = Alternation(answers.SelectMany(a => a.OptionFillers));
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        optionsStart = new Regex($@"\b(?:{verbs})\s|(?<![\w.,/-])[1-9]\s*(?:=|\))|$", options, TimeSpan.FromMilliseconds(100));
        optionEnd = new Regex($@"\s(?:{joins})\s|\.(?:\s|$)|\s[1-9]\s*(?:=|\))|\s(?:{verbs})\s", options, TimeSpan.FromMilliseconds(100));
    }

    /// <summary>Phrase-file words as one regex alternation.</summary>
    private static string Alternation(IEnumerable<string> words) => string.Join('|', words.Distinct().Select(Regex.Escape));

    /// <summary>Whether <paramref name="newText"/>, the new text of <paramref name="whole"/>, is a short answer above a quote.</summary>
    public static bool IsShortAnswer(string whole, string newText) =>
        newText.Length < whole.Trim().Length
        && newText.Split((char[])[' ', '\n', '\r', '\t', ',', '.', '!'], StringSplitOptions.RemoveEmptyEntries).Length <= MaxWords;

    /// <summary>Whether the rules read <paramref name="result"/> as an answer with its quoted question.</summary>
    public static bool ReadWithQuestion(IntentResult result) =>
        result.Reasons.Any(r => r.StartsWith(ReasonPrefix, StringComparison.Ordinal));

    /// <summary>
    /// "JA. 4 euro erbij is te gek voor woorden", "YES and frankly you should be embarrassed": a longer reply that opens
    /// with a plain answer, alone in its first clause of at most this many words, answers what is quoted too.
    /// </summary>
    public const int MaxLeadWords = 4;

    /// <summary>
    /// What a short answer above a quoted question means, or null when it is not that plain. A longer reply is read so
    /// only when it opens with a plain answer (<see cref="MaxLeadWords"/>), says nothing the other way, and the rules
    /// read nothing in it (<paramref name="rulesSawNothing"/>): a question or a condition after "Ja," is for a person.
    /// </summary>
    public Answer? Read(string whole, string newText, bool rulesSawNothing)
    {
        var isShort = IsShortAnswer(whole, newText);
        if (isShort && ChosenOption(whole, newText) is { } chosen) return chosen;
        var said = isShort ? Polarity(newText)
            : rulesSawNothing && newText.Length < whole.Trim().Length ? LeadingPolarity(newText)
            : null;
        if (said is null) return null;
        var answered = QuotedTextStripper.AnsweredText(whole);
        if (answered.Length == 0) return null;

        var text = tokenizer.Tokenize(answered);
        // "Please confirm you'd like your permit to end on 31 December." asks as plainly as a question mark.
        var questions = text.Sentences.Where(s => s.EndsWithQuestionMark || confirmRequests.Any(c => Contains(s, c))).ToList();
        if (questions.Count == 0) return null;
        var scan = catalog.Scan(questions);
        var asked = Asked(scan);
        // "U mag daarom kosteloos opzeggen. Wilt u van dit recht gebruikmaken?": a question that names nothing itself
        // asks about what the sentence before it says, where the whole quote speaks of nothing else (no staying, no
        // keeping, no offer anywhere in it).
        if (asked is null && Silent(scan) && text.Sentences.ToList().IndexOf(questions[0]) is > 0 and var first
            && OnlyAboutEnding(text.Sentences))
        {
            questions = [text.Sentences[first - 1], .. questions];
            scan = catalog.Scan(questions);
            // "You mentioned you were thinking of cancelling. Would a freeze work better?": a thought told is not asked.
            asked = Asked(scan, conditionalAsks: false);
        }

        if (asked is null) return null;

        var question = new TokenizedText(text.Normalized, questions);
        return (said.Value, asked.Value) switch
        {
            (true, Question.Ending) => new Answer(Intents.Cancel, ReasonPrefix + "yes:ending", question, scan),
            (false, Question.Ending) => new Answer(Intents.Other, ReasonPrefix + "no:ending", question, scan),
            // "Ja hoor" to "U heeft opgezegd. Wilt u toch abonnee blijven?" takes the cancellation back; "yep keep it" to
            // "Would you like to keep your plan at the new price?" takes back nothing: no cancellation was made.
            (true, Question.Keeping) => QuoteTellsOfCancellation(text.Sentences)
                ? new Answer(Intents.Retract, ReasonPrefix + "yes:keeping", question, scan)
                : new Answer(Intents.Other, ReasonPrefix + "yes:keeping-offer", question, scan),
            // "No" to "Shall we keep your contract?" most likely leaves, but a person confirms it.
            _ => new Answer(Intents.Unclear, ReasonPrefix + "no:keeping", question, scan),
        };
    }

    /// <summary>
    /// "2" below "Kies 1 om lid te blijven, of 2 om uw lidmaatschap te beëindigen", "3 please" below "1) Keep Unlimited
    /// 2) Switch to Lite 3) Close your line", "END" below "Reply END to close your account or STAY to keep it": the number
    /// or keyword picks an option, and the option's own words say what it means. An option that offers something else
    /// (a cheaper plan, a pause) ends nothing.
    /// </summary>
    private Answer? ChosenOption(string whole, string newText)
    {
        var reply = newText.Trim();
        var number = LeadingNumber().Match(reply);
        var keyword = number.Success ? null : Keyword().Match(reply);
        if (!number.Success && keyword is not { Success: true }) return null;
        var answered = QuotedTextStripper.AnsweredText(whole);
        var pattern = number.Success
            ? $@"(?:\b(?:{choose})\s+{number.Groups["n"].Value}\b|(?<![\w.,/-]){number.Groups["n"].Value}\s*(?:=|\)|:|\.(?=\s)|-)(?!\s*\d))"
            : $@"(?:\b(?:{choose})\s+(?:(?:{fillers})\s+){{0,2}}[""'„“]?{Regex.Escape(keyword!.Groups["w"].Value)}[""'“”]?(?!\w)|(?<!\w){Regex.Escape(keyword.Groups["w"].Value)}\s*(?:=|:|-)(?!\s*\d))";
        var option = Regex.Match(answered, pattern + @"[\s,]*(?<option>[^\n;,?]{3,120})",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        if (!option.Success) return null;
        var words = optionEnd.Split(option.Groups["option"].Value, 2)[0];
        var text = tokenizer.Tokenize(words);
        var scan = catalog.Scan(text.Sentences);
        // What the quote says before its options: "Wij hebben uw opzegging ontvangen. Kies 1 om toch lid te blijven" tells
        // of a cancellation; "Your plan renews soon. Reply END to close it or STAY to keep it" only offers one.
        var quote = tokenizer.Tokenize(answered[..optionsStart.Match(answered).Index]).Sentences;
        return Asked(scan) switch
        {
            Question.Ending => new Answer(Intents.Cancel, ReasonPrefix + "option:ending", text, scan),
            Question.Keeping => QuoteTellsOfCancellation(quote)
                ? new Answer(Intents.Retract, ReasonPrefix + "option:keeping", text, scan)
                : new Answer(Intents.Other, ReasonPrefix + "option:keeping-offer", text, scan),
            _ => null,
        };
    }

    /// <summary>A reply that is one word alone ("END", "Stopp!"): a keyword the quote may offer.</summary>
    [GeneratedRegex(@"^(?<w>\p{L}{2,12})[\s.!]*$")]
    private static partial Regex Keyword();

    /// <summary>A reply that starts with one digit on its own ("2", "3 please"), not a date or an amount.</summary>
    [GeneratedRegex(@"^(?<n>[1-9])(?![\d.,:/-])\b")]
    private static partial Regex LeadingNumber();

    /// <summary>
    /// Whether the quoted message below the new text speaks of ending the contract ("We've received your request to
    /// end your contract"): staying written above it takes that cancellation back.
    /// </summary>
    public bool QuoteSpeaksOfEnding(string whole) =>
        QuoteScan(whole) is { } scan && EndingCues(scan).Any(e => e.Standing is not (CueStanding.Negated or CueStanding.OtherObject));

    /// <summary>
    /// Whether the quoted message tells of a cancellation made ("Schade, dass Sie gekündigt haben", "Your cancellation
    /// has been received"), not only of one thought of ("We noticed you visited the cancellation page").
    /// </summary>
    public bool QuoteTellsOfMadeCancellation(string whole) =>
        QuoteScan(whole) is { } scan
        && (EndingCues(scan).Any(e => e.Standing == CueStanding.Valid) || scan.Any(CueCategory.Done) || scan.Any(CueCategory.Acknowledgement));

    /// <summary>The cues of the message the new text answers, or null when nothing is quoted.</summary>
    private CueScan? QuoteScan(string whole) =>
        QuotedTextStripper.AnsweredText(whole) is { Length: > 0 } answered ? catalog.Scan(tokenizer.Tokenize(answered).Sentences) : null;

    /// <summary>
    /// Whether the quoted message tells of a cancellation in any words: one asked for ("You asked to cancel"), one told as
    /// done ("Sie haben ... storniert"), a vague leaving word or a word about cancelling ("uw opzegging"). Only a quote with
    /// none of them ("Would you like to keep your plan at the new price?") makes a yes to keeping no retraction.
    /// </summary>
    private bool QuoteTellsOfCancellation(IReadOnlyList<Sentence> quote)
    {
        var scan = catalog.Scan(quote);
        return EndingCues(scan).Any() || scan.Any(CueCategory.Done) || scan.Any(CueCategory.Weak) || scan.Any(CueCategory.Topic);
    }

    /// <summary>The cues of ending the contract in <paramref name="scan"/>, judged in their context.</summary>
    private IEnumerable<JudgedCue> EndingCues(CueScan scan)
    {
        var context = new CueContext(scan, negationBridges);
        return scan.Hits.Where(h => EndingCategories.Contains(h.Category)).Select(context.Judge);
    }

    private enum Question { Ending, Keeping }

    /// <summary>Whether the quoted questions ask about ending the contract or keeping it; null when neither, both, or something instead.</summary>
    private Question? Asked(CueScan scan, bool conditionalAsks = true)
    {
        var ending = EndingCues(scan).ToList();
        // "Shall we not cancel it?" turns the answer around; a person reads that.
        if (ending.Any(e => e.Standing == CueStanding.Negated)) return null;
        if (!conditionalAsks && ending.Any(e => e.Standing == CueStanding.Conditional)) return null;
        var endingAsked = ending.Any(e => e.Standing is CueStanding.Question or CueStanding.Valid or CueStanding.Conditional);
        var keepingAsked = scan.Any(CueCategory.Retract) || scan.Any(CueCategory.Staying) || scan.Sentences.Any(s => keep.Any(k => Contains(s, k)));
        // "Pause instead of cancelling?" offers something else: yes to it is no ending. Keeping "instead" is keeping.
        var offersInstead = scan.Sentences.Any(s => alternatives.Any(a => Contains(s, a)));
        return (endingAsked, keepingAsked) switch
        {
            (true, false) when !offersInstead => Question.Ending,
            (false, true) => Question.Keeping,
            _ => null,
        };
    }

    /// <summary>The answer a longer reply opens with, alone in its first clause; null when it opens otherwise or says the opposite later.</summary>
    private bool? LeadingPolarity(string text)
    {
        var sentences = tokenizer.Tokenize(text).Sentences;
        if (sentences.Count == 0) return null;
        var first = sentences[0].Tokens;
        var lead = first.TakeWhile(t => t.Clause == first[0].Clause).ToList();
        if (lead.Count > MaxLeadWords || !(yes.Any(w => StartsWith(lead, w)) || no.Any(w => StartsWith(lead, w)))) return null;
        var saysYes = yes.Any(w => Contains(lead, w));
        var saysNo = no.Any(w => Contains(lead, w));
        if (saysYes == saysNo) return null;
        // "Nein. Oder doch, ja": a later clause that opens with the other answer. "no more commuting" opens with none.
        var opposite = saysYes ? no : yes;
        var clauses = sentences.SelectMany(s => s.Tokens.GroupBy(t => t.Clause).Select(c => c.ToList())).Skip(1);
        return clauses.Any(c => opposite.Any(w => StartsWith(c, w))) ? null : saysYes;
    }

    private static bool StartsWith(IReadOnlyList<Token> tokens, string[] phrase) =>
        tokens.Count >= phrase.Length && phrase.Select((w, i) => tokens[i].Key == w).All(same => same);

    /// <summary>Whether no sentence of the quote speaks of staying, keeping or something instead.</summary>
    private bool OnlyAboutEnding(IReadOnlyList<Sentence> quote)
    {
        var scan = catalog.Scan(quote);
        return !scan.Any(CueCategory.Retract) && !scan.Any(CueCategory.Staying)
            && !quote.Any(s => keep.Any(k => Contains(s, k)) || alternatives.Any(a => Contains(s, a)));
    }

    /// <summary>Whether the questions name neither ending nor keeping the contract.</summary>
    private bool Silent(CueScan scan) =>
        !EndingCues(scan).Any() && !scan.Any(CueCategory.Retract) && !scan.Any(CueCategory.Staying)
        && !scan.Sentences.Any(s => keep.Any(k => Contains(s, k)));

    /// <summary>True for yes, false for no, null when the text says neither or both.</summary>
    private bool? Polarity(string text)
    {
        var sentence = tokenizer.Tokenize(text).Sentences.SelectMany(s => s.Tokens).ToList();
        var saysYes = yes.Any(w => Contains(sentence, w)) || yesEmoji.Any(e => text.Contains(e, StringComparison.Ordinal));
        var saysNo = no.Any(w => Contains(sentence, w)) || noEmoji.Any(e => text.Contains(e, StringComparison.Ordinal));
        return saysYes == saysNo ? null : saysYes;
    }

    private static bool Contains(Sentence sentence, string[] phrase) => Contains(sentence.Tokens, phrase);

    private static bool Contains(IReadOnlyList<Token> tokens, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= tokens.Count; i++)
        {
            var all = true;
            for (var j = 0; j < phrase.Length && all; j++) all = tokens[i + j].Key == phrase[j];
            if (all) return true;
        }

        return false;
    }

    /// <summary>Phrases as folded word sequences; entries without a letter or digit are emoji.</summary>
    private static (string[][] Words, string[] Emoji) Words(IEnumerable<string> entries)
    {
        var list = entries.Distinct().ToList();
        var words = list.Where(e => e.Any(char.IsLetterOrDigit))
            .Select(e => TextNormalizer.Normalize(e).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TextNormalizer.Fold).ToArray())
            .ToArray();
        var emoji = list.Where(e => !e.Any(char.IsLetterOrDigit)).ToArray();
        return (words, emoji);
    }
}

/// <summary>What a short answer means with its quoted question: the intent, why, and the question (for its date and kind).</summary>
internal sealed record Answer(string Intent, string Reason, TokenizedText Question, CueScan QuestionScan);
