namespace Intake.Core.Classification.SafetyNet;

/// <summary>
/// Finds words of ending, leaving, renewal, closing or cancelling a booking in any supported language, typos
/// included: the safety net's lexicon (the "safetyNet" section of channel-config/intents/*.json). It is broad on
/// purpose; a cue only counts as accounted for when its nearest object is plainly not a contract (a newsletter, an
/// appointment, a direct-debit mandate) and no contract word is as near, or when a negation stands right before or
/// after it ("ik wil NIET opzeggen") and the cue is not one a negation turns into a cancellation ("niet verlengen"),
/// or when it lies inside the wish to renew ("ik wil verlengen") or only says the contract runs out beside that wish.
/// </summary>
internal sealed class LeavingCues
{
    /// <summary>How far from a cue its object may stand, in words, either side.</summary>
    private const int ObjectReach = 7;

    /// <summary>"I do not want to cancel": how far before its cue a negation may stand.</summary>
    private const int NegationReachBefore = 3;

    /// <summary>"kündigen Sie nicht", "opzeggen is niet nodig": how far after its cue.</summary>
    private const int NegationReachAfter = 2;

    /// <summary>"tot die tijd blijf ik": how far before the staying words a limit may stand (and anywhere after them).</summary>
    private const int StayingLimitReachBefore = 3;

    private readonly NetCueIndex cues;
    private readonly NetCueIndex joining;
    private readonly NetCueIndex renewals;
    private readonly NetCueIndex givenUp;
    private readonly NetCueIndex staying;
    private readonly NetCueIndex notSent;
    private readonly NetCueIndex settled;
    private readonly NetCueIndex pauses;
    private readonly NetCueIndex planChanges;
    private readonly NetCueIndex confirmed;
    private readonly NetCueIndex stillRunning;
    private readonly HashSet<string> toldAsDone;
    private readonly HashSet<string> stayingLimits;
    private readonly NetWord[] exemptObjects;
    private readonly NetWord[] contractWords;
    private readonly HashSet<string> negations;
    private readonly HashSet<string> subjects;
    private readonly NetWord[] courtesies;
    private readonly HashSet<string> continuations;
    private readonly HashSet<string> courtesyEmoji;

    public LeavingCues(PhraseBook phrases)
    {
        negations = phrases.Files.SelectMany(f => f.SafetyNet.Negations).Select(TextNormalizer.ToKey).ToHashSet(StringComparer.Ordinal);
        subjects = phrases.Files.SelectMany(f => f.Subjects).Select(TextNormalizer.ToKey).ToHashSet(StringComparer.Ordinal);
        var typoExclusions = phrases.Files.SelectMany(f => f.FuzzyExclusions).Select(TextNormalizer.ToKey).ToHashSet(StringComparer.Ordinal);
        NetCueIndex Index(Func<PhraseFile, IEnumerable<string>> list) =>
            new(phrases.Files.SelectMany(list).Distinct().Select(c => NetCue.Parse(c, negations)), typoExclusions);
        // An instruction to stop what the contract does ("keine Rechnung mehr", "niet meer incasseren") is a leaving cue
        // of its own: beside a quiet farewell the rules may not read, a person must.
        cues = Index(f => f.SafetyNet.Cues.Concat(f.EndInstructions));
        renewals = Index(f => f.SafetyNet.Renewals);
        // An intention given up is told in the same words to the rules and to the net: the net reads the rules' lists as
        // well as its own (those without a {set}, which the net does not know).
        static IEnumerable<string> Plain(IEnumerable<string> phrases) => phrases.Where(p => !p.Contains('{', StringComparison.Ordinal));
        givenUp = Index(f => f.SafetyNet.GivenUp.Concat(Plain(f.GivenUp)));
        // "De rest mag gewoon doorgaan", "Versicherung läuft natürlich weiter": the contract itself going on stays, as staying does.
        staying = Index(f => f.SafetyNet.Staying.Concat(Plain(f.Staying)).Concat(Plain(f.Continues)));
        notSent = Index(f => f.SafetyNet.NotSent.Concat(Plain(f.NotSent)));
        settled = Index(f => f.SafetyNet.Settled.Concat(Plain(f.Settled)));
        pauses = Index(f => f.Pause);
        planChanges = Index(f => f.PlanChange);
        confirmed = Index(f => Plain(f.ConfirmedEnds));
        stillRunning = Index(f => f.StillRunning);
        toldAsDone = phrases.Files.SelectMany(f => f.Done.Concat(f.Sets.TryGetValue("cancellation", out var nouns) ? nouns : []))
            .Where(w => !w.Contains('*', StringComparison.Ordinal)).Select(TextNormalizer.ToKey).ToHashSet(StringComparer.Ordinal);
        stayingLimits = phrases.Files.SelectMany(f => f.StayingLimits).Select(l => TextNormalizer.ToKey(l).Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        joining = Index(f => f.JoiningUs);
        exemptObjects = phrases.Files.SelectMany(f => f.SafetyNet.ExemptObjects).Distinct().Select(NetWord.Parse).ToArray();
        continuations = phrases.Files.SelectMany(f => f.SafetyNet.NegationContinuations).Select(TextNormalizer.ToKey).ToHashSet(StringComparer.Ordinal);
        courtesyEmoji = phrases.Files.SelectMany(f => f.SafetyNet.CourtesyEmoji).Select(Emoji).ToHashSet(StringComparer.Ordinal);
        courtesies = phrases.Files.SelectMany(f => f.SafetyNet.Courtesies).Distinct().Select(NetWord.Parse).ToArray();
        contractWords = phrases.Files.SelectMany(f => f.Sets.TryGetValue("contract", out var set) ? set : []).Distinct().Select(NetWord.Parse).ToArray();
    }

    /// <summary>The cues in <paramref name="text"/> that nothing accounts for (by their source), in text order.</summary>
    public IReadOnlyList<string> Unaccounted(string text)
    {
        List<string>? found = null;
        var questions = new List<bool>();
        var sentences = Sentences(text, questions);
        var hits = sentences.Select(s => cues.Find(s).ToList()).ToList();
        // "Ich habe bei Vodafone gekündigt und möchte zu euch wechseln": what ended in that sentence is with another company.
        var joins = sentences.Select(s => joining.Find(s).Any()).ToList();
        // "Mijn contract loopt in februari af en ik wil verlengen": the wish to renew, in a sentence that negates nothing.
        var negationFree = sentences.Select(s => !s.Any(negations.Contains)).ToList();
        // "Wilt u de bezorging in die periode stopzetten en per 3 januari hervatten?": a pause in the cue's own sentence.
        var paused = sentences.Select((s, n) => negationFree[n] && pauses.Find(s).Any()).ToList();
        var wishes = sentences.Select((s, n) => negationFree[n] ? renewals.Find(s).Select(r => (r.Start, r.End)).ToList() : []).ToList();
        // "overstappen naar het kleinere pakket": a switch within our plans, in the switch's own words.
        var changes = sentences.Select(s => planChanges.Find(s).Select(r => (r.Start, r.End)).ToList()).ToList();
        // "Wann endet das Probeabo? Nicht kündigen, nur das Datum": a plain refusal to cancel, like the wish to renew,
        // accounts for the words that only say the contract runs out.
        var renewing = wishes.Any(w => w.Count > 0) || Refuses(sentences, hits);
        // "Wollte eigentlich kündigen, aber ... also bleib ich dabei", "... hab nix abgeschickt" or "... passt jetzt":
        // staying, nothing sent or all settled accounts for the cues of an intention given up, and for those of a
        // sentence that says it was never sent ("ik zou opzeggen maar heb het nog niet gedaan ... blijf ik toch").
        // "ich habe es mir anders überlegt" is a cue of its own: the "überlegt" inside it gives nothing up.
        var intended = sentences.Select((s, n) => givenUp.Find(s).Any(g => !hits[n].Any(h => h.Start <= g.Start && g.End <= h.End))).ToList();
        var unsent = sentences.Select(s => notSent.Find(s).Any()).ToList();
        // "Ik had een offerte van een ander aangevraagd ... Ik blijf dus klant": a later sentence that stays closes the
        // story; the leaving words told before it are what the customer weighed and decided against.
        var lastStay = LastStay(sentences);
        var stays = lastStay >= 0;
        // "Kann die Ruhezeit bis Ende Februar verlängert werden?", "Can you tell me the renewal date?": in a message that
        // negates nothing, a question about renewing ("!~" cues) asks; it ends nothing. "Will it renew? I don't want
        // that." negates, and a person reads it; so does a question about a death or the end date ("~" cues), and one
        // that asks to keep the contract ("could you keep it running past the renewal?"), which may take a cancellation back.
        var negatesNothing = negationFree.All(free => free);
        var asksAboutRenewing = questions.Select((question, n) => negatesNothing && question && n != lastStay).ToList();
        // Read only when a cue told as done stands: most messages hold none.
        List<bool>? confirmedIn = null;
        var givenUpIn = (intended.Contains(true) && (stays || unsent.Contains(true) || sentences.Any(s => settled.Find(s).Any())))
            || (unsent.Contains(true) && stays)
            ? sentences.Select((_, n) => intended[n] || unsent[n]).ToList()
            : null;
        for (var n = 0; n < sentences.Count; n++)
        {
            var sentence = sentences[n];
            foreach (var (cue, start, end) in hits[n])
            {
                if (joins[n] || AboutSomethingElse(sentence, start, end) || (cue.NegationAccounts && Negated(sentence, start, end))
                    || (cue.RunsOut && renewing && negationFree[n])
                    || (cue.RunsOut && !cue.NegationAccounts && asksAboutRenewing[n]) || wishes[n].Any(w => w.Start <= start && end <= w.End)
                    || changes[n].Any(c => c.Start <= start && end <= c.End)
                    || givenUpIn?[n] == true || n < lastStay || paused[n] || (end - start == 1 && toldAsDone.Contains(sentence[start]) && (confirmedIn ??= ConfirmedSentences(sentences))[n])) continue;
                found ??= [];
                if (!found.Contains(cue.Source)) found.Add(cue.Source);
            }
        }

        return found ?? [];
    }

    /// <summary>
    /// Per sentence, whether it tells of a confirmation ("Het contract is beëindigd en dat is bevestigd"): a cancellation
    /// told as done (or named) beside it is reported. Not when the confirmation is denied ("nooit een bevestiging gehad")
    /// or what should have stopped goes on anywhere in the message ("toch afgeschreven").
    /// </summary>
    private List<bool> ConfirmedSentences(List<List<string>> sentences)
    {
        var wentWrong = sentences.Any(s => stillRunning.Find(s).Any());
        return sentences.Select(s => !wentWrong && confirmed.Find(s).Any(c => !s.Take(c.End).Any(negations.Contains))).ToList();
    }

    /// <summary>A leaving cue plainly negated ("niet opzeggen", "not cancelling", "gekündigt wird nichts"): the customer refuses to leave.</summary>
    private bool Refuses(List<List<string>> sentences, List<List<(NetCue Cue, int Start, int End)>> hits) =>
        sentences.Where((s, n) => hits[n].Any(c => c.Cue.NegationAccounts && !c.Cue.RunsOut && Negated(s, c.Start, c.End))).Any();

    /// <summary>
    /// The last sentence that says the customer stays, with no negation near ("ik blijf niet") and not only until
    /// something ("ich bleibe bis Ende März", "tot die tijd blijf ik"), or -1.
    /// </summary>
    private int LastStay(List<List<string>> sentences) =>
        sentences.FindLastIndex(s => staying.Find(s).Any(st => !s.Skip(Math.Max(0, st.Start - StayingLimitReachBefore)).Any(stayingLimits.Contains) && !NegationNear(s, st.Start, st.End)));

    /// <summary>
    /// Any negation from <see cref="NegationReachBefore"/> words before to <see cref="NegationReachAfter"/> after, inside
    /// included and "niet meer" too: unlike <see cref="Negated"/>, which asks whether a leaving cue is undone.
    /// </summary>
    private bool NegationNear(List<string> sentence, int start, int end)
    {
        for (var i = Math.Max(0, start - NegationReachBefore); i < Math.Min(sentence.Count, end + NegationReachAfter); i++)
        {
            // "... doch nicht ich möchte widerrufen": a new subject right after the negation starts a new clause.
            if (negations.Contains(sentence[i]) && !(i + 1 < start && subjects.Contains(sentence[i + 1]))) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the text holds no word at all (only emoji or punctuation), so nothing to read it by, unless it is only
    /// thanks or agreement (👍, 🙏).
    /// </summary>
    public bool Wordless(string text)
    {
        if (text.Any(char.IsLetterOrDigit)) return false;
        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(text);
        var any = false;
        while (elements.MoveNext())
        {
            var element = Emoji((string)elements.Current);
            if (element.Length == 0 || element.All(c => char.IsWhiteSpace(c) || char.IsPunctuation(c))) continue;
            if (!courtesyEmoji.Contains(element)) return true;
            any = true;
        }

        return !any;
    }

    /// <summary>An emoji without skin tone, variation selector or joiner, so "👍🏻" and "❤️" compare as "👍" and "❤".</summary>
    private static string Emoji(string element) => System.Text.RegularExpressions.Regex.Replace(element, "\uFE0F|\u200D|\uD83C[\uDFFB-\uDFFF]", "");

    /// <summary>Whether the text only thanks ("Vielen Dank!", "top, bedankt"): every word is a courtesy.</summary>
    public bool OnlyThanks(string text) => Sentences(text).SelectMany(s => s).ToList() is { Count: > 0 } words
        && words.All(t => courtesies.Any(c => c.Matches(t)));

    /// <summary>The nearest object word is a non-contract thing and no contract word stands as near or nearer.</summary>
    private bool AboutSomethingElse(List<string> sentence, int start, int end)
    {
        // "Kündigungsbestätigung": the cue's own compound names the other thing; so does a word inside a cue with a gap
        // ("wil niet meer via incasso betalen").
        for (var i = start; i < end; i++)
        {
            if (exemptObjects.Any(w => w.Matches(sentence[i])) && !contractWords.Any(w => w.Matches(sentence[i]))) return true;
        }

        for (var distance = 1; distance <= ObjectReach; distance++)
        {
            var contract = false;
            var exempt = false;
            foreach (var position in new[] { start - distance, end - 1 + distance })
            {
                if (position < 0 || position >= sentence.Count) continue;
                contract |= contractWords.Any(w => w.Matches(sentence[position]));
                exempt |= exemptObjects.Any(w => w.Matches(sentence[position]));
            }

            if (contract) return false;
            if (exempt) return true;
        }

        return false;
    }

    private bool Negated(List<string> sentence, int start, int end)
    {
        for (var i = Math.Max(0, start - NegationReachBefore); i < Math.Min(sentence.Count, end + NegationReachAfter); i++)
        {
            // "nicht mehr", "niet meer", "no longer" make a leaving cue of their own: they undo nothing.
            // Inside a gapped cue too: "ik zeg niet op", "I do not want to cancel".
            if (i != start && i != end - 1 && negations.Contains(sentence[i]) && !(i + 1 < sentence.Count && continuations.Contains(sentence[i + 1]))) return true;
        }

        return false;
    }

    private static List<List<string>> Sentences(string text, List<bool>? questions = null)
    {
        var key = TextNormalizer.ToKey(text);
        var sentences = new List<List<string>> { new() };
        questions?.Add(false);
        var i = 0;
        while (i < key.Length)
        {
            var c = key[i];
            if (c == '?' && questions is not null) questions[^1] = true;
            // A dot between digits is part of a date or a number ("28.02.2028"), not the end of a sentence.
            var inNumber = c == '.' && i > 0 && i + 1 < key.Length && char.IsDigit(key[i - 1]) && char.IsDigit(key[i + 1]);
            if (c is '.' or '!' or '?' or '\n' or ';' && !inNumber && sentences[^1].Count > 0)
            {
                sentences.Add([]);
                questions?.Add(false);
            }

            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < key.Length && char.IsLetterOrDigit(key[i])) i++;
            sentences[^1].Add(key[start..i]);
        }

        return sentences;
    }
}
