namespace Intake.Core.Classification;

/// <summary>Every phrase of every language compiled once; scans a tokenised message for all of them.</summary>
internal sealed class CueCatalog
{
    /// <summary>Categories whose key words customers misspell and that still mean what they say with one slip.</summary>
    private static readonly HashSet<CueCategory> TypoTolerant =
    [
        CueCategory.Cancel, CueCategory.CancelWithObject, CueCategory.Withdrawal, CueCategory.Extraordinary,
        CueCategory.Retract, CueCategory.Staying, CueCategory.Topic, CueCategory.ContractObject,
        CueCategory.Past, CueCategory.Reported, CueCategory.Done, CueCategory.ConfirmedEnd,
    ];

    /// <summary>
    /// Categories that declare an ending, which words between quotation marks only name: "I pressed 'Cancel my plan'",
    /// "Button sagt „Kündigung erfolgreich“" tell what a button or a receipt says. The safety net still reads the words.
    /// </summary>
    private static readonly HashSet<CueCategory> Declaring =
    [
        CueCategory.Cancel, CueCategory.CancelWithObject, CueCategory.Withdrawal, CueCategory.Extraordinary, CueCategory.StopVerb,
    ];

    private readonly IReadOnlyList<CuePattern> patterns;
    private readonly IReadOnlySet<string> typoExclusions;
    private readonly TypoNeighbours typos;
    private readonly IReadOnlySet<string> possessives;

    /// <summary>Pattern indexes by the exact word they start with; patterns that may start with other words are in <see cref="byFirstWordShape"/>.</summary>
    private readonly Dictionary<string, List<int>> byFirstWord = new(StringComparer.Ordinal);
    private readonly FirstWordIndex byFirstWordShape;

    /// <summary>Per word, the patterns whose first slot it matches.</summary>
    private readonly WordMemory<int[]> startingWith;

    private CueCatalog(IReadOnlyList<CuePattern> patterns, IReadOnlySet<string> typoExclusions, IReadOnlySet<string> negationBridges, IReadOnlySet<string> clauseBreaks, IReadOnlySet<string> clauseAdverbs, IReadOnlySet<string> negationWords, IReadOnlySet<string> abbreviations, IReadOnlySet<string> cancellationNouns, IReadOnlySet<string> possessives)
    {
        this.possessives = possessives;
        this.patterns = patterns;
        this.typoExclusions = typoExclusions;
        var unindexed = new List<(int, IReadOnlyList<WordAlternative>, bool)>();
        for (var i = 0; i < patterns.Count; i++)
        {
            if (patterns[i].Pattern.ExactFirstWords(patterns[i].AllowTypos) is not { } words)
            {
                var first = patterns[i].Pattern.FirstSlot;
                unindexed.Add((i, first.Alternatives, patterns[i].AllowTypos && first.AllowsTypos));
                continue;
            }

            foreach (var word in words.Distinct(StringComparer.Ordinal))
            {
                if (!byFirstWord.TryGetValue(word, out var list))
                {
                    byFirstWord[word] = list = [];
                }

                list.Add(i);
            }
        }

        byFirstWordShape = new FirstWordIndex(unindexed);
        startingWith = new WordMemory<int[]>(PatternsStartingWith);
        typos = new TypoNeighbours(patterns.Where(p => p.AllowTypos).SelectMany(p => p.Pattern.Slots).SelectMany(s => s.TypoTolerant), typoExclusions);
        NegationBridges = negationBridges;
        ClauseBreaks = clauseBreaks;
        ClauseAdverbs = clauseAdverbs;
        NegationWords = negationWords;
        Abbreviations = abbreviations;
        CancellationNouns = cancellationNouns;
    }

    public IReadOnlySet<string> NegationBridges { get; }

    /// <summary>The phrase sources that name a cancellation ("opzegging", "Kündigung") rather than declare one.</summary>
    public IReadOnlySet<string> CancellationNouns { get; }

    public IReadOnlySet<string> ClauseBreaks { get; }

    /// <summary>The clause breaks that are adverbs ("also", "dus"): before a negation the tokenizer keeps them in their clause.</summary>
    public IReadOnlySet<string> ClauseAdverbs { get; }

    /// <summary>The negations that are one word ("nicht", "niet", "not"), as the tokenizer sees them.</summary>
    public IReadOnlySet<string> NegationWords { get; }

    /// <summary>Words whose dot abbreviates ("jl.", "bzw."): the tokenizer ends no sentence after them.</summary>
    public IReadOnlySet<string> Abbreviations { get; }

    public IEnumerable<CuePattern> Patterns => patterns;

    public static CueCatalog Build(PhraseBook book)
    {
        var sets = book.Files
            .SelectMany(f => f.Sets)
            .GroupBy(s => s.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<WordAlternative>)g.SelectMany(s => s.Value).Distinct(StringComparer.Ordinal).Select(w => WordAlternative.Parse(w) with { FromSet = true }).ToArray(), StringComparer.Ordinal);
        var compiled = new List<CuePattern>();
        foreach (var file in book.Files)
        {
            void Add(CueCategory category, IEnumerable<string> sources, string? label = null)
            {
                foreach (var source in sources)
                {
                    compiled.Add(new CuePattern(category, label, PhrasePattern.Parse(source, file.Language, sets), TypoTolerant.Contains(category)));
                }
            }

            Add(CueCategory.Cancel, file.Cancel);
            Add(CueCategory.CancelWithObject, file.CancelWithObject);
            Add(CueCategory.Weak, file.Weak);
            Add(CueCategory.StopVerb, file.StopVerbs);
            Add(CueCategory.Acknowledgement, file.Acknowledgements);
            Add(CueCategory.Topic, file.Topic);
            Add(CueCategory.Withdrawal, file.Withdrawal);
            Add(CueCategory.WithdrawalContext, file.WithdrawalContext);
            Add(CueCategory.Extraordinary, file.Extraordinary);
            Add(CueCategory.ExtraordinaryContext, file.ExtraordinaryContext);
            Add(CueCategory.ServiceFailure, file.ServiceFailure);
            Add(CueCategory.ImmediateEffect, file.ImmediateEffect);
            Add(CueCategory.RegularEnd, file.RegularEnd);
            Add(CueCategory.Retract, file.Retract);
            Add(CueCategory.Staying, file.Staying);
            Add(CueCategory.StandingBy, file.StandingBy);
            Add(CueCategory.Cancel, file.StandingBy);
            Add(CueCategory.StayingLimit, file.StayingLimits);
            Add(CueCategory.GivenUp, file.GivenUp);
            Add(CueCategory.NotSent, file.NotSent);
            Add(CueCategory.EarlierMessage, file.EarlierMessage);
            Add(CueCategory.Settled, file.Settled);
            Add(CueCategory.Pause, file.Pause);
            Add(CueCategory.PlanChange, file.PlanChange);
            Add(CueCategory.Done, file.Done);
            Add(CueCategory.Negation, file.Negation);
            Add(CueCategory.Subject, file.Subjects);
            Add(CueCategory.Question, file.Questions);
            Add(CueCategory.SelfQuestion, file.SelfQuestions);
            Add(CueCategory.PossibilityQuestion, file.PossibilityQuestions);
            Add(CueCategory.FollowUpQuestion, file.FollowUpQuestions);
            Add(CueCategory.AlternativeQuestion, file.AlternativeQuestions);
            Add(CueCategory.Contrast, file.Contrasts);
            Add(CueCategory.Continues, file.Continues);
            Add(CueCategory.ConfirmedEnd, file.ConfirmedEnds);
            Add(CueCategory.StillRunning, file.StillRunning);
            Add(CueCategory.EndInstruction, file.EndInstructions);
            Add(CueCategory.Booking, file.Bookings);
            Add(CueCategory.Request, file.Requests);
            Add(CueCategory.Conditional, file.Conditional);
            Add(CueCategory.ConditionalException, file.ConditionalExceptions);
            Add(CueCategory.Past, file.Past);
            Add(CueCategory.Reported, file.Reported);
            Add(CueCategory.JoiningUs, file.JoiningUs);
            Add(CueCategory.OptOut, file.OptOutKeywords);
            Add(CueCategory.NotObjectPreposition, file.NotObjectPrepositions);
            Add(CueCategory.AttributePreposition, file.AttributePrepositions);
            Add(CueCategory.ReasonMarker, file.ReasonMarkers);
            Add(CueCategory.Immediate, file.Dates.Immediate);
            Add(CueCategory.EndOfMonth, file.Dates.EndOfMonth);
            Add(CueCategory.NextMonth, file.Dates.NextMonth);
            Add(CueCategory.EndOfNextMonth, file.Dates.EndOfNextMonth);
            Add(CueCategory.EndOfYear, file.Dates.EndOfYear);
            Add(CueCategory.Tomorrow, file.Dates.Tomorrow);
            Add(CueCategory.MonthName, file.Dates.Months.Values.SelectMany(names => names));
            Add(CueCategory.DatePreposition, file.Dates.Prepositions);
            if (file.Sets.TryGetValue("contract", out var contracts))
            {
                Add(CueCategory.ContractObject, contracts);
            }

            foreach (var (category, words) in file.OtherObjects)
            {
                Add(CueCategory.OtherObject, words, category);
            }

            foreach (var (code, words) in file.Reasons)
            {
                Add(CueCategory.Reason, words, code);
            }
        }

        // A word that is itself a known cue or a common function word is never read as a slip of another cue.
        var exclusions = compiled.SelectMany(p => p.Pattern.LiteralWords)
            .Concat(book.Files.SelectMany(f => f.StopWords.Concat(f.FuzzyExclusions)).Select(TextNormalizer.ToKey))
            .ToHashSet(StringComparer.Ordinal);
        return new CueCatalog(
            compiled,
            exclusions,
            KeySet(book.Files.SelectMany(f => f.NegationBridges)),
            KeySet(book.Files.SelectMany(f => f.ClauseBreaks)),
            KeySet(book.Files.SelectMany(f => f.ClauseAdverbs)),
            KeySet(book.Files.SelectMany(f => f.Negation).Where(n => !n.Contains(' ', StringComparison.Ordinal)).SelectMany(n => n.Split('|'))),
            KeySet(book.Files.SelectMany(f => f.Abbreviations)),
            book.Files.SelectMany(f => f.Sets.TryGetValue("cancellation", out var nouns) ? nouns : []).ToHashSet(StringComparer.Ordinal),
            KeySet(book.Files.SelectMany(f => f.Possessives)));
    }

    public CueScan Scan(IReadOnlyList<Sentence> sentences)
    {
        // Sized for a typical message up front: growing these lists step by step was a good part of the scan's garbage.
        var hits = new List<CueHit>(capacity: 32);
        var starts = new List<(int Pattern, int Token)>(capacity: 256);
        for (var s = 0; s < sentences.Count; s++)
        {
            // Only where a pattern's first word stands can it match; tried in pattern order, then token order.
            starts.Clear();
            var tokens = sentences[s].Tokens;
            for (var t = 0; t < tokens.Count; t++)
            {
                foreach (var pattern in startingWith.Of(tokens[t].Key))
                {
                    starts.Add((pattern, t));
                }
            }

            starts.Sort();
            foreach (var (pattern, token) in starts)
            {
                var cue = patterns[pattern];
                if (cue.Pattern.MatchAfterFirst(sentences[s], s, token, cue.AllowTypos, typos) is { } match
                    && !((Declaring.Contains(cue.Category) || cue.Category == CueCategory.Conditional) && Mentioned(tokens, match)))
                {
                    hits.Add(new CueHit(cue.Category, cue.Label, match));
                }
            }
        }

        return new CueScan(sentences, hits);
    }

    /// <summary>
    /// Whether the match stands between quotation marks, naming a button's or a receipt's words (or a word of doubt the
    /// writer sets aside: "no 'might' about it"), and not after the
    /// writer's possessive ("mijn 'niet verlengen' van gisteren" names the writer's own).
    /// </summary>
    private bool Mentioned(IReadOnlyList<Token> tokens, PhraseMatch match)
    {
        if (!tokens[match.Start].Quoted || !tokens[match.End].Quoted)
        {
            return false;
        }

        var opening = match.Start;
        while (opening > 0 && tokens[opening - 1].Quoted)
        {
            opening--;
        }

        return opening == 0 || !possessives.Contains(tokens[opening - 1].Key);
    }

    /// <summary>The patterns whose first slot the word matches, in pattern order, each once.</summary>
    private int[] PatternsStartingWith(string key)
    {
        var candidates = byFirstWord.TryGetValue(key, out var indexes) ? new List<int>(indexes) : [];
        byFirstWordShape.AddCandidates(key, typoExclusions, candidates);
        return candidates.Distinct()
            .Where(i => patterns[i].Pattern.FirstSlot.Match(key, patterns[i].AllowTypos, typos) != WordMatch.None)
            .Order().ToArray();
    }

    private static HashSet<string> KeySet(IEnumerable<string> words) =>
        words.Select(TextNormalizer.ToKey).ToHashSet(StringComparer.Ordinal);
}
