using Intake.Core.Model;

namespace Intake.Core.Classification;

/// <summary>
/// Weighs the judged cues: a standing declaration is a cancellation; anything that may be one (a question, a
/// threat, an opt-out keyword) is unclear and goes to a person; negated cues and other objects are other.
/// </summary>
internal sealed class IntentDecider(IReadOnlySet<string> negationBridges, IReadOnlySet<string> cancellationNouns)
{
    private static readonly HashSet<CueCategory> DeclarationCategories =
        [CueCategory.Cancel, CueCategory.CancelWithObject, CueCategory.Withdrawal, CueCategory.Extraordinary];

    /// <summary>The reason of staying with no cancellation made before it.</summary>
    private const string NothingToTakeBack = "staying:nothing-to-take-back";

    /// <param name="scan">The cues of the new text.</param>
    /// <param name="quoteEnds">
    /// Whether the quoted message below it speaks of ending the contract (our confirmation or retention mail); asked
    /// only when a stop, a vague leaving word or staying makes it matter, as reading the quote costs a scan of its own.
    /// </param>
    /// <param name="quoteMade">Whether the quoted message tells of a cancellation made; asked only beside staying given up.</param>
    public IntentDecision Decide(CueScan scan, Func<bool>? quoteEnds = null, Func<bool>? quoteMade = null)
    {
        bool? quoted = null;
        bool QuoteEnds() => quoted ??= quoteEnds?.Invoke() == true;

        if (OptOutKeyword(scan) is { } keyword)
        {
            return new IntentDecision(Intents.Unclear, null, 0.5, [$"optout:{keyword}"]);
        }

        var context = new CueContext(scan, negationBridges);
        var declarations = scan.Hits.Where(h => DeclarationCategories.Contains(h.Category)).Select(context.Judge).ToList();
        var retracts = scan.Of(CueCategory.Retract).Select(context.Judge)
            .Where(r => r.Standing is CueStanding.Valid or CueStanding.Question).ToList();
        var staying = scan.Of(CueCategory.Staying).Where(s => !context.LimitedStay(s)).Select(context.Judge)
            .Where(r => r.Standing is CueStanding.Valid or CueStanding.Question).ToList();
        var stops = scan.Of(CueCategory.StopVerb).Select(context.Judge).ToList();
        // "stoppen per 1 december", "Bitte beenden Sie alles": a stop with a time or asked of us declares; alone it is vague.
        // Above our mail about their cancellation ("Wat jammer dat u wilt opzeggen"), "ik wil gewoon stoppen" confirms it.
        var timedStops = stops.Where(s => s.Standing == CueStanding.Valid
            && (context.NamesTime(s.Hit.Sentence) || scan.Of(CueCategory.Request, s.Hit.Sentence).Any() || QuoteEnds())).ToList();
        // "I'm done. Take me off your books": leaving told as a feeling, with an instruction to stop what the contract
        // does, declares; either alone ("I'm done with this router", "no more paper bills") does not.
        // The instruction holds its own negation ("niets meer af", "keine Abbuchungen mehr"); only a question or a
        // condition takes it back.
        // "ich hatte zwei Plätze gebucht, die möchte ich stornieren": beside a booking named, a vague word ends it.
        var departures = scan.Any(CueCategory.Weak) && (scan.Any(CueCategory.Booking)
            || scan.Of(CueCategory.EndInstruction).Any(i => !scan.Sentences[i.Sentence].EndsWithQuestionMark && !context.IsConditional(i.Sentence))
            || QuoteEnds())
            ? scan.Of(CueCategory.Weak).Select(context.Judge).Where(w => w.Standing == CueStanding.Valid).ToList()
            : [];
        var valid = declarations.Where(d => d.Standing == CueStanding.Valid).Concat(timedStops).Concat(departures).ToList();
        // "I cancelled on 3 October by phone ... please confirm the cancellation": beside a cancellation told in the past,
        // the noun names that one and declares nothing new (a verb still does: "... so I cancel again").
        if (declarations.Any(d => d.Standing == CueStanding.Past))
        {
            valid.RemoveAll(IsCancellationNoun);
        }

        // "Ich habe bei Vodafone gekündigt und möchte zu euch wechseln", "Eben bei o2 gekündigt. Ab Januar bin ich bei
        // euch": what was ended is another company's. A declaration in another sentence ("Ik zeg op. Mijn broer wil wel
        // klant worden.") still stands.
        var joining = scan.Of(CueCategory.JoiningUs).ToList();
        if (retracts.Count == 0 && joining.Count > 0
            && valid.All(v => joining.Any(j => j.Sentence == v.Hit.Sentence) || scan.Of(CueCategory.Done, v.Hit.Sentence).Any(d => d.Match.Overlaps(v.Hit.Match))))
        {
            return new IntentDecision(Intents.Other, null, 0.8, [$"joining:{joining[0].Source}"]);
        }

        // "Bitte nehmen Sie unseren Sohn als Fahrer heraus. Der Vertrag läuft natürlich weiter", "het oude account mag weg,
        // het nieuwe blijft gewoon actief": what ends is a part; the contract goes on. The net still weighs the words.
        // A withdrawal within the cooling-off period is of a contract of its own ("ik herroep het servicepakket binnen de
        // bedenktijd, de hoortoestellen zelf houd ik").
        var continues = scan.Of(CueCategory.Continues).Select(context.Judge).Where(c => c.Standing == CueStanding.Valid).ToList();
        if (valid.Count > 0 && continues.Count > 0 && retracts.Count == 0 && !scan.Any(CueCategory.Past)
            && !(valid.Any(v => v.Hit.Category == CueCategory.Withdrawal) && scan.Any(CueCategory.WithdrawalContext)))
        {
            return new IntentDecision(Intents.Other, null, 0.8, [.. continues.Select(c => $"continues:{c.Hit.Source}").Distinct()]);
        }

        // "Mijn opzegging is nog niet bevestigd", "I never got a cancellation confirmation": a cancellation whose
        // confirmation never came. The customer is waiting for one, so a person reads it, unless a new declaration stands.
        // Both this and the confirmed cancellation below hold only where nothing is taken back and every standing
        // declaration is the noun or told as done.
        var onlyToldOf = retracts.Count == 0 && valid.All(v => IsCancellationNoun(v) || ToldAsDone(scan, v));
        var denied = scan.Hits.Where(h => h.Category is CueCategory.ConfirmedEnd or CueCategory.Acknowledgement && scan.Denied(h)).ToList();
        if (denied.Count > 0 && onlyToldOf && (declarations.Count > 0 || scan.Any(CueCategory.Topic)))
        {
            return new IntentDecision(Intents.Unclear, null, 0.5, [.. denied.Select(d => $"unconfirmed:{d.Source}").Distinct()]);
        }

        // "Mein Vertrag ist beendet, ihr habt das bestätigt. Wann wird der Router abgeholt?": a cancellation told as done
        // (or named) beside its confirmation is reported; the message asks for something else. A new declaration still
        // counts ("... und ich kündige auch das Handy"); a confirmation denied ("nooit een bevestiging gehad") confirms
        // nothing, and one beside a charge or delivery that goes on ("... and you've just taken £42") went wrong.
        var confirmed = scan.Of(CueCategory.ConfirmedEnd).Where(c => !scan.Denied(c)).ToList();
        if (confirmed.Count > 0 && onlyToldOf && declarations.Any(d => d.Standing is CueStanding.Valid or CueStanding.Past))
        {
            var confirmedReasons = confirmed.Select(c => $"confirmed:{c.Source}").Distinct();
            return scan.Of(CueCategory.StillRunning).FirstOrDefault() is { } running
                ? new IntentDecision(Intents.Unclear, null, 0.5, [.. confirmedReasons, $"still-running:{running.Source}"])
                : new IntentDecision(Intents.Other, null, 0.8, [.. confirmedReasons]);
        }

        // "Gekündigt, trotzdem abgebucht", "Opgezegd via de app maar nog steeds een factuur": a cancellation told as done
        // beside a charge or delivery that goes on went wrong; a person reads it.
        if (onlyToldOf && valid.Count > 0 && scan.Of(CueCategory.StillRunning).FirstOrDefault(r => !scan.Denied(r)) is { } charged)
        {
            return new IntentDecision(Intents.Unclear, null, 0.5, [.. valid.SelectMany(CueReasons.Describe).Distinct(), $"still-running:{charged.Source}"]);
        }

        // "was going to cancel, but the new plan won me back: staying put" or "... the letter never went out": an intention
        // given up, nothing to take back (unless a cancellation is named: "ich nehme meine Kündigung zurück").
        var keeping = staying.Concat(retracts).ToList();
        var notSent = scan.Of(CueCategory.NotSent).ToList();
        var settled = scan.Of(CueCategory.Settled).ToList();
        // Staying above our mail about their cancellation ("überredet, dann bleib ich") takes that one back (below).
        // "Yesterday I emailed saying I wanted to cancel ... please disregard that email": an earlier message of theirs
        // told of with a cancellation in it (not a thought: "I wrote that I was thinking of stopping"), and not one they
        // never sent, is what the staying takes back (below).
        var earlierSent = notSent.Count == 0
            && scan.Of(CueCategory.EarlierMessage).Any(e => declarations.Any(d => d.Hit.Sentence == e.Sentence));
        if ((keeping.Count > 0 || notSent.Count > 0 || settled.Count > 0) && !keeping.Any(NamesCancellation) && !earlierSent
            && OnlyGivenUp(scan, context, declarations.Concat(stops)) && !(staying.Count > 0 && quoteMade?.Invoke() == true))
        {
            var givenUp = scan.Of(CueCategory.GivenUp).First();
            return new IntentDecision(Intents.Other, null, 0.85,
                [$"given-up:{givenUp.Source}", .. keeping.Select(s => $"staying:{s.Hit.Source}").Distinct(),
                    .. notSent.Select(s => $"not-sent:{s.Source}").Distinct(), .. settled.Select(s => $"settled:{s.Source}").Distinct()]);
        }

        // "I was want cancel because price is high but your colleague give me discount so I stay": staying after the only
        // leaving words, with no cancellation made before it (none told in the past, none named, none taken back), gives
        // up an intention; there is nothing to take back.
        var takenBack = retracts.Count > 0;
        if (!takenBack && staying.Count > 0 && !ToldPastOfOwn(scan, staying, declarations) && !declarations.Any(IsCancellationNoun)
            && (valid.Count == 0 || TurnsToStaying(scan, valid, staying[0].Hit)))
        {
            // "actually forget it, I'll stay" above "We've received your request to end your contract": the quote is
            // the cancellation the staying takes back; so is an earlier message set aside ("ignore Tuesday's message").
            var takesBack = QuoteEnds() ? "staying:after-quoted-cancellation"
                : scan.Of(CueCategory.EarlierMessage).FirstOrDefault() is { } earlier ? $"earlier-message:{earlier.Source}" : null;
            return takesBack is not null
                ? new IntentDecision(Intents.Retract, null, 0.75, [.. staying.Select(s => $"retract:{s.Hit.Source}").Distinct(), takesBack])
                : new IntentDecision(Intents.Other, null, 0.8, [.. staying.Select(s => $"staying:{s.Hit.Source}").Distinct(), NothingToTakeBack]);
        }

        // "I want to stay with you" never takes back a sign-up: only a retraction proper ("changed my mind") can.
        retracts = [.. retracts, .. staying];
        if (retracts.Count > 0)
        {
            // Next to a retraction, "my cancellation" / "meine Kündigung" names the earlier one, and so does a verb told
            // before it or beside it ("I phoned earlier to cancel, but forget that"); only a later sentence declares anew.
            var reasons = retracts.Select(r => $"retract:{r.Hit.Source}").Distinct().ToList();
            var first = retracts.Min(r => r.Hit.Sentence);
            // A verb told as done after it ("Kündigung zurücknehmen" as the subject, "wir hatten ... gekündigt" below) names it too.
            var declaring = valid.Where(v => !IsCancellationNoun(v) && !ToldAsDone(scan, v) && v.Hit.Sentence > first).ToList();
            // "changed my mind, still in the 14 days, I want out": taking back the sign-up itself is a withdrawal.
            if (declaring.Count == 0 && takenBack && scan.Any(CueCategory.WithdrawalContext) && !scan.Any(CueCategory.Past)
                && !retracts.Any(NamesCancellation))
            {
                return new IntentDecision(Intents.Cancel, CancellationKinds.Withdrawal, 0.85, [.. reasons, "kind:withdrawal:retracted-sign-up"]);
            }

            return declaring.Count > 0
                ? new IntentDecision(Intents.Unclear, null, 0.5, [.. reasons, .. declaring.SelectMany(CueReasons.Describe).Distinct()])
                : new IntentDecision(Intents.Retract, null, retracts.Any(r => r.Standing == CueStanding.Valid) ? 0.9 : 0.75, reasons);
        }

        // "ich will nicht kündigen, nur den Tarif wechseln": after a refusal, a vague leaving word is not a threat.
        // "I'm not leaving! Pressed the wrong thing": a vague leaving word negated refuses as plainly as a declaration does.
        var vague = scan.Of(CueCategory.Weak).Select(context.Judge).ToList();
        var refused = declarations.Any(d => d.Standing == CueStanding.Negated) || vague.Any(w => w.Standing == CueStanding.Negated);
        var weak = vague.Concat(stops.Except(timedStops))
            .Where(w => !(refused && w.Standing == CueStanding.Valid)).ToList();
        var topics = scan.Of(CueCategory.Topic).Select(context.Judge).Where(t => t.Standing != CueStanding.Negated).ToList();
        var all = declarations.Concat(timedStops).Concat(weak).Concat(topics).ToList();
        var described = all.SelectMany(CueReasons.Describe).Distinct().ToList();

        // "Reason for contact: Cancel my account ... I don't want to cancel, I just need to update my card": the writer
        // both declares and refuses; a person reads which one stands.
        if (valid.Count > 0 && refused && retracts.Count == 0)
        {
            return new IntentDecision(Intents.Unclear, null, 0.5, [.. described, "contradicts"]);
        }

        if (valid.Count > 0)
        {
            var hedged = all.Any(d => d.Standing is CueStanding.Question or CueStanding.Conditional or CueStanding.Negated);
            var (kind, kindReason) = Kind(scan, valid.Select(v => v.Hit));
            return new IntentDecision(Intents.Cancel, kind, CancelConfidence(scan, valid, hedged),
                kindReason is null ? described : [.. described, kindReason]);
        }

        // A negated cue next to a threat ("ik wil niet opzeggen, maar als ...") may still become one.
        var ambiguous = all.Where(d => d.Standing is CueStanding.Question or CueStanding.Conditional or CueStanding.Past
            || (d.Standing == CueStanding.Valid && d.Hit.Category is CueCategory.Weak or CueCategory.StopVerb or CueCategory.Topic)
            || (d.Standing == CueStanding.Negated && context.IsConditional(d.Hit.Sentence))).ToList();
        if (ambiguous.Count > 0)
        {
            return new IntentDecision(Intents.Unclear, null, 0.5, described);
        }

        if (all.Count > 0)
        {
            var negated = all.Any(d => d.Standing == CueStanding.Negated);
            return new IntentDecision(Intents.Other, null, negated ? 0.8 : 0.85, described);
        }

        // "pause her meals from 20 May until the end of July", "3 maanden bevriezen": a pause is no ending, and the
        // reason says so, so the model's reading does not take its place.
        return new IntentDecision(Intents.Other, null, scan.TokenCount >= 3 ? 0.9 : 0.6,
            [.. scan.Of(CueCategory.Pause).Select(p => $"pause:{p.Source}").Distinct()]);
    }

    /// <summary>
    /// Every declaration comes before the staying, with a turn between the last of them and it: "wanted to cancel ...
    /// but ... so I stay". Without a turn ("cancel the add-on, I'll stay on the base plan") it is not given up.
    /// </summary>
    private static bool TurnsToStaying(CueScan scan, List<JudgedCue> valid, CueHit stay)
    {
        var last = valid.Select(v => (v.Hit.Sentence, v.Hit.Match.End)).Max();
        return last.CompareTo((stay.Sentence, stay.Match.Start)) < 0
            && scan.Of(CueCategory.Contrast).Any(c => c.Match is var m
                && (m.Sentence, m.Start).CompareTo(last) > 0 && (m.Sentence, m.End).CompareTo((stay.Sentence, stay.Match.Start)) < 0);
    }

    /// <summary>A declaration that is the noun ("my cancellation", "meine Kündigung"): it names a cancellation rather than make one.</summary>
    private bool IsCancellationNoun(JudgedCue declaration) => cancellationNouns.Contains(declaration.Hit.Source);

    /// <summary>
    /// A cancellation told in the past that the staying can take back: any, unless every one told is someone else's and
    /// the writer says they stay themselves ("mijn zoon heeft zijn eigen sim opgezegd ... ik blijf gewoon klant"); "mijn
    /// moeder heeft opgezegd maar wil toch blijven" still takes hers back. One told of something else ("ik heb alleen de
    /// nieuwsbrief opgezegd") is none.
    /// </summary>
    private static bool ToldPastOfOwn(CueScan scan, IReadOnlyList<JudgedCue> staying, IReadOnlyList<JudgedCue> declarations) =>
        scan.Any(CueCategory.Past)
        && (scan.Of(CueCategory.Past).Any(p => !scan.Of(CueCategory.Reported, p.Sentence).Any(r => r.Match.Overlaps(p.Match))
                && !declarations.Any(d => d.Standing == CueStanding.OtherObject && d.Hit.Sentence == p.Sentence && d.Hit.Match.Overlaps(p.Match)))
            || !staying.Any(s => scan.Of(CueCategory.Subject, s.Hit.Sentence).Any(subject => s.Hit.Match.Overlaps(subject.Match))));

    /// <summary>A leaving cue in its past participle ("beëindigd", "gekündigt", "cancelled"), or told in the past.</summary>
    private static bool ToldAsDone(CueScan scan, JudgedCue cue) =>
        cue.Standing == CueStanding.Past || scan.Of(CueCategory.Done, cue.Hit.Sentence).Any(d => d.Match.Overlaps(cue.Hit.Match));

    /// <summary>A retraction that names the cancellation it takes back ("ich nehme meine Kündigung zurück").</summary>
    private static bool NamesCancellation(JudgedCue retraction) =>
        retraction.Hit.Source.Contains("{cancellation}", StringComparison.Ordinal);

    /// <summary>
    /// The message tells of an intention given up, and every leaving cue that stands (neither negated nor about something
    /// else) is in a sentence that tells of it, or that says it was never sent: "ik stond op het punt op te zeggen", "had echt
    /// bijna opgezegd", "came close to switching", "the cancellation letter was in the printer tray and never went out".
    /// </summary>
    private static bool OnlyGivenUp(CueScan scan, CueContext context, IEnumerable<JudgedCue> leaving)
    {
        var standing = leaving.Concat(scan.Of(CueCategory.Weak).Select(context.Judge))
            .Where(c => c.Standing is not (CueStanding.Negated or CueStanding.OtherObject or CueStanding.Consumed or CueStanding.Reported))
            .ToList();
        // "ich habe es mir anders überlegt" takes back; the "überlegt" inside it tells of no intention given up.
        return scan.Of(CueCategory.GivenUp).Any(g => !scan.Of(CueCategory.Retract, g.Sentence).Any(r => r.Match.Overlaps(g.Match)))
            && standing.All(c => context.IsGivenUp(c.Hit.Sentence) || scan.Of(CueCategory.NotSent, c.Hit.Sentence).Any());
    }

    /// <summary>The kind, and the cue that made it so when the cancellation cue itself did not ("wegens de prijsverhoging").</summary>
    internal static (string Kind, string? Reason) Kind(CueScan scan, IEnumerable<CueHit> valid)
    {
        var hits = valid.ToList();
        if (hits.Any(h => h.Category == CueCategory.Withdrawal))
        {
            return (CancellationKinds.Withdrawal, null);
        }

        if (hits.Any(h => h.Category == CueCategory.Extraordinary))
        {
            return (CancellationKinds.Extraordinary, null);
        }

        static (string, string?) Because(string kind, CueHit context) => (kind, $"kind:{kind}:{context.Source}");
        // "my father died; please end the plan at the next renewal": a reason for a special right is told, but the
        // regular end is asked for, so none is used.
        if (scan.Of(CueCategory.RegularEnd).FirstOrDefault() is { } regular && !scan.Any(CueCategory.ImmediateEffect))
        {
            return (CancellationKinds.Ordinary, $"kind:ordinary:{regular.Source}");
        }

        if (scan.Of(CueCategory.WithdrawalContext).FirstOrDefault() is { } withdrawal) return Because(CancellationKinds.Withdrawal, withdrawal);
        if (scan.Of(CueCategory.ExtraordinaryContext).FirstOrDefault() is { } extraordinary) return Because(CancellationKinds.Extraordinary, extraordinary);
        // A serious failure of the service makes a cancellation for cause only when it ends the contract now: with the
        // normal notice, the customer merely leaves unhappy.
        return scan.Of(CueCategory.ServiceFailure).FirstOrDefault() is { } failure && scan.Any(CueCategory.ImmediateEffect)
            ? Because(CancellationKinds.Extraordinary, failure)
            : (CancellationKinds.Ordinary, null);
    }

    private static double CancelConfidence(CueScan scan, List<JudgedCue> valid, bool hedged)
    {
        var exact = valid.Where(v => !v.Hit.Match.IsTypo).ToList();
        var confidence = exact.Any(v => v.Hit.Category is CueCategory.Cancel or CueCategory.Withdrawal or CueCategory.Extraordinary) ? 0.93
            : exact.Any(v => v.Hit.Category == CueCategory.CancelWithObject) ? 0.87
            : exact.Count > 0 ? 0.8
            : 0.75;
        if (scan.Any(CueCategory.ContractObject))
        {
            confidence += 0.02;
        }

        if (exact.Select(v => v.Hit.Sentence).Distinct().Count() > 1)
        {
            confidence += 0.02;
        }

        return Math.Round(Math.Min(0.98, hedged ? confidence - 0.1 : confidence), 2);
    }

    /// <summary>A message that is nothing but a carrier opt-out keyword (STOP, UNSUBSCRIBE) may not be about the contract.</summary>
    private static string? OptOutKeyword(CueScan scan) =>
        scan.Sentences.Count == 1
            ? scan.Of(CueCategory.OptOut).FirstOrDefault(h => h.Match.Start == 0 && h.Match.End == scan.Sentences[0].Tokens.Count - 1)?.Source
            : null;
}
