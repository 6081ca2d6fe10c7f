namespace Intake.Core.Classification;

/// <summary>Reads the words around a cancellation cue: negation, question, condition, past tense, and what is cancelled.</summary>
internal sealed class CueContext(CueScan scan, IReadOnlySet<string> negationBridges)
{
    /// <summary>"I really do not want to cancel": a negation reaches this many bridge words ahead, within its clause.</summary>
    private const int NegationReach = 5;

    /// <summary>"cancel the engineer visit of next Tuesday": how far an object may sit from its verb.</summary>
    private const int ObjectReach = 6;

    /// <summary>"kündigen will ich nicht", "opzeggen wil ik zeker niet": a negation after the verb, past a verb, its subject and an adverb.</summary>
    private const int NegationReachAfter = 3;

    private static readonly HashSet<CueCategory> Declarations =
        [CueCategory.Cancel, CueCategory.CancelWithObject, CueCategory.Withdrawal, CueCategory.Extraordinary, CueCategory.Retract, CueCategory.Staying];

    public JudgedCue Judge(CueHit hit)
    {
        if (!IsRetraction(hit) && scan.Hits.Any(r => r.Sentence == hit.Sentence && r.Match.Overlaps(hit.Match)
                && (r.Category == CueCategory.Retract || (r.Category == CueCategory.Acknowledgement && !scan.Denied(r))
                    || (r.Category == CueCategory.Staying && !IsNegative(hit) && !StandsBy(r)))))
        {
            return new JudgedCue(hit, CueStanding.Consumed);
        }

        // "het contract niet laten doorlopen", "ich bleibe bei meiner Kündigung": the words of staying, inside a declaration
        // that negates them or stands by the decision to leave.
        if (hit.Category == CueCategory.Staying && (StandsBy(hit) || scan.Hits.Any(d => d.Sentence == hit.Sentence
                && d.Category is CueCategory.Cancel or CueCategory.CancelWithObject && d.Match.Overlaps(hit.Match) && IsNegative(d))))
        {
            return new JudgedCue(hit, CueStanding.Consumed);
        }

        // "die Einzugsermächtigung widerrufen" revokes a mandate, not the contract.
        if (hit.Category is CueCategory.Cancel or CueCategory.Weak or CueCategory.StopVerb or CueCategory.Withdrawal && BoundObject(hit) is { } objectCategory)
        {
            return new JudgedCue(hit, CueStanding.OtherObject, objectCategory);
        }

        // "die Rufumleitung auf mein Festnetz beenden": the contract named only says which forwarding ends.
        if (hit.Category == CueCategory.CancelWithObject && ObjectOfContract(hit) is { } heldObject)
        {
            return new JudgedCue(hit, CueStanding.OtherObject, heldObject);
        }

        // "kunt u de krant in die tijd stoppen en daarna weer bezorgen?": a pause in the cue's own clause, not an end.
        if (hit.Category is CueCategory.Cancel or CueCategory.CancelWithObject or CueCategory.Weak or CueCategory.StopVerb
            && scan.Of(CueCategory.Pause, hit.Sentence).Any(p => scan.ClauseOf(p) >= scan.ClauseOf(hit) && scan.ClauseOf(p) <= scan.ClauseAt(hit.Sentence, hit.Match.End)))
        {
            return new JudgedCue(hit, CueStanding.OtherObject, "pause");
        }

        // "von Tarif M auf Tarif L wechseln", "switch to the family plan": a switch within our plans leaves nothing.
        if (hit.Category == CueCategory.Weak && scan.Of(CueCategory.PlanChange, hit.Sentence).Any(p => p.Match.Overlaps(hit.Match)))
        {
            return new JudgedCue(hit, CueStanding.OtherObject, "plan-change");
        }

        if (Negation(hit) is { } negation)
        {
            // "waarom kan ik niet online opzeggen?" asks about cancelling; only a statement is a refusal.
            return IsQuestion(hit) ? new JudgedCue(hit, CueStanding.Question, negation) : new JudgedCue(hit, CueStanding.Negated, negation);
        }

        // "my friend cancelled her contract": someone else's contract, however it was ended. "he cancelled our contract"
        // is not matched and stays a report of the past, for staff to look at.
        if (!IsRetraction(hit) && scan.Of(CueCategory.Reported, hit.Sentence).Any(p => p.Match.Overlaps(hit.Match)))
        {
            return new JudgedCue(hit, CueStanding.Reported);
        }

        // "ik heb per ongeluk opgezegd" is a retraction told in the past tense; only a declaration can be a report of one.
        if (!IsRetraction(hit) && scan.Of(CueCategory.Past, hit.Sentence).Any(p => p.Match.Overlaps(hit.Match)))
        {
            return new JudgedCue(hit, CueStanding.Past);
        }

        // "was going to cancel" is conditional; "was going to cancel, but I'm staying" stays.
        if (IsConditional(hit.Sentence) || (!IsRetraction(hit) && IsGivenUp(hit.Sentence)))
        {
            return new JudgedCue(hit, CueStanding.Conditional);
        }

        return IsQuestion(hit) ? new JudgedCue(hit, CueStanding.Question) : new JudgedCue(hit, CueStanding.Valid);
    }

    /// <summary>The sentence names a time: "per direct", "eind van de maand", a month, "per 1-9".</summary>
    public bool NamesTime(int sentence)
    {
        var tokens = scan.Sentences[sentence].Tokens;
        return scan.Hits.Any(h => h.Sentence == sentence && h.Category is CueCategory.Immediate or CueCategory.EndOfMonth
                   or CueCategory.NextMonth or CueCategory.EndOfNextMonth or CueCategory.EndOfYear or CueCategory.Tomorrow or CueCategory.MonthName)
               || scan.Of(CueCategory.DatePreposition, sentence)
                   .Any(p => p.Match.End + 1 < tokens.Count && tokens[p.Match.End + 1].Key.All(char.IsDigit));
    }

    /// <summary>
    /// A condition or threat in the sentence ("if", "als jullie", "thinking about"), unless it is part of a fixed phrase
    /// ("if possible") or of an intention given up ("I was seriously thinking about cancelling, but ... worth staying").
    /// </summary>
    public bool IsConditional(int sentence) =>
        scan.Of(CueCategory.Conditional, sentence)
            .Any(c => !Excepted(c) && !scan.Of(CueCategory.GivenUp, sentence).Any(g => g.Match.Overlaps(c.Match)));

    /// <summary>"was going to cancel", "had bijna opgezegd", "Kündigung war schon fast abgeschickt": told as an intention given up ("bijna geen tv meer" is "hardly").</summary>
    public bool IsGivenUp(int sentence) => scan.Of(CueCategory.GivenUp, sentence).Any(g => !Excepted(g));

    /// <summary>The hit lies in a fixed phrase that only looks like a condition or an intention: "if possible", "bijna geen".</summary>
    private bool Excepted(CueHit hit) =>
        scan.Of(CueCategory.ConditionalException, hit.Sentence).Any(e => e.Match.Overlaps(hit.Match));

    /// <summary>
    /// "ich bleibe bis zum Vertragsende", "Bleibe bis dahin natürlich Kunde", "Tot die tijd blijf ik klant": staying till
    /// an end, in the same clause, stays only that long.
    /// </summary>
    public bool LimitedStay(CueHit staying) =>
        scan.Of(CueCategory.StayingLimit, staying.Sentence)
            .Any(l => scan.ClauseOf(l) == scan.ClauseAt(staying.Sentence, staying.Match.End) || scan.ClauseOf(l) == scan.ClauseOf(staying));

    private bool StandsBy(CueHit staying) => scan.Of(CueCategory.StandingBy, staying.Sentence).Any(s => s.Match.Overlaps(staying.Match));

    private static bool IsRetraction(CueHit hit) => hit.Category is CueCategory.Retract or CueCategory.Staying;

    /// <summary>
    /// The object nearest the verb in the verb's first or last clause (a contract before another object at the same
    /// distance, else the earlier one); its category when it is another object within reach. A loop, not an OrderBy:
    /// this runs for every declaration.
    /// </summary>
    private string? BoundObject(CueHit hit)
    {
        var firstClause = scan.ClauseOf(hit);
        var lastClause = scan.ClauseAt(hit.Sentence, hit.Match.End);
        CueHit? nearest = null;
        var nearestKey = (Distance: int.MaxValue, Rank: int.MaxValue);
        foreach (var candidate in scan.Hits)
        {
            if (candidate.Sentence != hit.Sentence || candidate.Category is not (CueCategory.ContractObject or CueCategory.OtherObject))
            {
                continue;
            }

            var clause = scan.ClauseOf(candidate);
            if ((clause != firstClause && clause != lastClause) || FollowsNotObjectPreposition(candidate)
                || (candidate.Category == CueCategory.ContractObject && OwnerOf(candidate) is not null))
            {
                continue;
            }

            var key = (Distance: candidate.Match.DistanceTo(hit.Match), Rank: candidate.Category == CueCategory.ContractObject ? 0 : 1);
            if (nearest is null || key.CompareTo(nearestKey) < 0)
            {
                (nearest, nearestKey) = (candidate, key);
            }
        }

        return nearest is { Category: CueCategory.OtherObject } && nearestKey.Distance <= ObjectReach ? nearest.Label : null;
    }

    /// <summary>The other object every contract in the declaration belongs to ("forwarding to my landline"), if any.</summary>
    private string? ObjectOfContract(CueHit hit)
    {
        var owners = scan.Of(CueCategory.ContractObject, hit.Sentence).Where(c => c.Match.Overlaps(hit.Match)).Select(OwnerOf).ToList();
        return owners.Count > 0 && owners.All(o => o is not null) ? owners[0]!.Label : null;
    }

    /// <summary>
    /// "Rufumleitung auf mein Festnetz", "doorschakeling naar mijn vaste lijn": the other object right before a
    /// preposition and at most two words before the contract; the contract only says which one.
    /// </summary>
    private CueHit? OwnerOf(CueHit contract) =>
        scan.Of(CueCategory.AttributePreposition, contract.Sentence)
            .Where(p => p.Match.End < contract.Match.Start && contract.Match.Start - p.Match.End <= 3)
            .SelectMany(p => scan.Of(CueCategory.OtherObject, contract.Sentence).Where(o => o.Match.End == p.Match.Start - 1))
            .FirstOrDefault();

    /// <summary>"ik zeg op per sms", "zum nächstmöglichen Termin": the noun names the channel or the time, not the thing cancelled.</summary>
    private bool FollowsNotObjectPreposition(CueHit objectHit) =>
        scan.Of(CueCategory.NotObjectPreposition, objectHit.Sentence)
            .Any(p => p.Match.End < objectHit.Match.Start && objectHit.Match.Start - p.Match.End <= 2);

    private string? Negation(CueHit hit)
    {
        // Most sentences have no negation: the position sets below are only worth building when one does.
        if (!scan.Of(CueCategory.Negation, hit.Sentence).Any())
        {
            return null;
        }

        var tokens = scan.Sentences[hit.Sentence].Tokens;
        var clause = scan.ClauseOf(hit);
        var protectedPositions = scan.Hits
            .Where(h => h.Sentence == hit.Sentence && Declarations.Contains(h.Category))
            .SelectMany(h => h.Match.LiteralPositions)
            .ToHashSet();
        var contractPositions = scan.Of(CueCategory.ContractObject, hit.Sentence).SelectMany(h => h.Match.LiteralPositions).ToHashSet();
        // "please don't renew it, I won't be needing it": a cue that is itself negative is not undone by a later negation.
        var negativeCue = IsNegative(hit);
        foreach (var negation in scan.Of(CueCategory.Negation, hit.Sentence))
        {
            var match = negation.Match;
            if (match.LiteralPositions.Any(protectedPositions.Contains))
            {
                continue;
            }

            // Only function words, "want" and the contract may stand between: in "als jullie dit niet oplossen
            // zeg ik op" the "niet" belongs to "oplossen", in "I do not want to cancel" it belongs to "cancel".
            var before = match.End < hit.Match.Start && hit.Match.Start - match.End - 1 <= NegationReach
                && tokens[match.End].Clause == clause && !StartsSubject(hit.Sentence, match.End + 1, hit.Match.Start)
                && Enumerable.Range(match.End + 1, hit.Match.Start - match.End - 1).All(i => IsBridge(tokens, i, contractPositions));
            var insideGap = match.Start > hit.Match.Start && match.Start < hit.Match.End;
            // "I want to keep it please don't cut me off": a request between starts a new one, it does not negate the cue.
            var after = !negativeCue && match.Start > hit.Match.End && tokens[match.Start].Clause == tokens[hit.Match.End].Clause
                && !StartsSubject(hit.Sentence, hit.Match.End + 1, match.Start)
                && Enumerable.Range(hit.Match.End + 1, match.Start - hit.Match.End - 1) is var between
                && between.Count() <= NegationReachAfter && between.All(i => IsBridge(tokens, i, contractPositions))
                && !scan.Of(CueCategory.Request, hit.Sentence).Any(r => r.Match.Start > hit.Match.End && r.Match.End < match.Start);
            if (before || insideGap || after)
            {
                return tokens[match.Start].Text;
            }
        }

        return null;
    }

    /// <summary>
    /// A new subject first in the words between a negation and its cue starts a new clause, before the cue ("... doch nicht
    /// ich möchte widerrufen") as after it ("löschen ich les das nicht mehr").
    /// </summary>
    private bool StartsSubject(int sentence, int position, int cueStart) =>
        position < cueStart && scan.Of(CueCategory.Subject, sentence).Any(s => s.Match.Start == position);

    /// <summary>The cue holds its own negation: "niet laten doorlopen", "don't renew".</summary>
    private bool IsNegative(CueHit hit) =>
        scan.Of(CueCategory.Negation, hit.Sentence).Any(n => n.Match.Start >= hit.Match.Start && n.Match.End <= hit.Match.End);

    private bool IsBridge(IReadOnlyList<Token> tokens, int index, HashSet<int> contractPositions) =>
        negationBridges.Contains(tokens[index].Key) || contractPositions.Contains(index);

    private bool IsQuestion(CueHit hit)
    {
        var sentence = scan.Sentences[hit.Sentence];
        var first = scan.ClauseOf(hit);
        var last = scan.ClauseAt(hit.Sentence, hit.Match.End);
        var requestClauses = scan.Of(CueCategory.Request, hit.Sentence).Select(scan.ClauseOf).ToHashSet();
        bool Reaches(int clause) => (clause >= first && clause <= last) || (clause < first && sentence.EndsWithQuestionMark);
        // "ich möchte kündigen, was muss ich tun?" declares, then asks how: that question is not about the declaration.
        var followUps = scan.Of(CueCategory.FollowUpQuestion, hit.Sentence).Where(f => f.Match.Start > hit.Match.End).ToList();

        if (scan.Of(CueCategory.Question, hit.Sentence).Where(q => !followUps.Any(f => f.Match.Overlaps(q.Match))).Select(scan.ClauseOf).Any(Reaches))
        {
            return true;
        }

        // "kan ik opzeggen?" asks; "can I please cancel" and "kunt u opzeggen?" ask us to do it; "ik mag tussentijds
        // opzeggen, dus dat doe ik bij deze" states a right and uses it; "would it be possible to cancel it as of
        // 31 January?" names when, so it asks us to do it then ("is it possible to cancel immediately?" asks about a right).
        if (NamesTime(hit.Sentence) && !scan.Of(CueCategory.Immediate, hit.Sentence).Any()
            && scan.Of(CueCategory.PossibilityQuestion, hit.Sentence).Select(scan.ClauseOf).Any(Reaches))
        {
            return false;
        }

        var performed = !sentence.EndsWithQuestionMark && requestClauses.Count > 0;
        if (!performed && scan.Of(CueCategory.SelfQuestion, hit.Sentence).Select(scan.ClauseOf)
            .Any(c => Reaches(c) && !requestClauses.Contains(c) && !requestClauses.Contains(first)))
        {
            return true;
        }

        // "Heb ik het recht om op te zeggen, of kan ik pas stoppen in maart?": alternatives asked, the first as much as the last.
        var asked = last == sentence.LastClause || scan.Of(CueCategory.AlternativeQuestion, hit.Sentence).Any();
        return sentence.EndsWithQuestionMark && asked && requestClauses.Count == 0 && followUps.Count == 0;
    }
}
