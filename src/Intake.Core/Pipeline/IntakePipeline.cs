using System.Security.Cryptography;
using Intake.Core.Classification;
using Intake.Core.Classification.SafetyNet;
using Intake.Core.EffectiveDates;
using Intake.Core.Model;
using Intake.Core.Observability;
using Intake.Core.Templates;

namespace Intake.Core.Pipeline;

/// <summary>
/// Accepts one normalised message in ONE transaction: store, classify, identify, find-or-open the case,
/// append events and write the confirmation to the outbox. It never calls Hangfire or a provider.
/// </summary>
public sealed class IntakePipeline(
    IIntakeStore store, IIntentClassifier classifier, CancellationSafetyNet net, EffectiveDateCalculator dates, ReplyTemplates templates,
    IIntakeSignal signal, IntakeMetrics metrics, PipelineOptions options, TimeProvider time)
{
    public async Task<AcceptResult> AcceptAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        await using var session = await store.BeginAsync(cancellationToken);
        return await AcceptAsync(session, message, cancellationToken);
    }

    /// <summary>
    /// Accepts the message in the caller's transaction and commits it. The gateway's transaction saved the raw payload,
    /// which travels with the message insert; the message refers to it from there.
    /// </summary>
    public async Task<AcceptResult> AcceptAsync(IIntakeSession session, InboundMessage message, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var intent = Classify(message);
        // A re-delivery conflicts on (channel, provider id), waiting for a concurrent first delivery to commit.
        // A message without a thread needs its sender's open cases next: they come back with the insert (one round trip fewer).
        var threaded = message.RelatedCaseReference is not null;
        if (await session.InsertMessageAsync(message, intent, withSenderCases: !threaded, cancellationToken) is not { } inserted)
            return await RepeatedAsync(session, message, now, cancellationToken);
        var messageId = inserted.Id;
        MarkRawPayloadAccepted(session, message, messageId, now);

        var related = message.RelatedCaseReference is { } reference ? await session.FindOpenCaseAsync(reference, cancellationToken) : null;
        return await OpenOrJoinCaseAsync(session, message, messageId, intent, related, inserted.SenderCases, now, null, cancellationToken);
    }

    /// <summary>
    /// Staff say a stored message filed as <c>other</c> is a cancellation: in ONE transaction it is read again and taken in
    /// as a cancellation exactly as a new one would be (its original receipt time, identification, case, events, the
    /// confirmation on its channel). Idempotent: a message already in a case is left as it is.
    /// </summary>
    public async Task<ReclassifyResult> ReclassifyAsCancellationAsync(long messageId, string actor, CancellationToken cancellationToken)
    {
        await using var session = await store.BeginAsync(cancellationToken);
        if (await session.LockMessageAsync(messageId, cancellationToken) is not { } stored) return new(ReclassifyResult.NotFound, null);
        if (stored.CaseReference is { } reference) return new(ReclassifyResult.AlreadyInCase, reference);
        if (stored.Intent != Intents.Other) return new(ReclassifyResult.NotOther, null);
        var read = Classify(stored.Message);
        var intent = read with
        {
            Intent = Intents.Cancel, Kind = read.Kind ?? CancellationKinds.Ordinary, Reasons = [.. read.Reasons, "staff:reclassified"],
        };
        var reclassification = new Reclassification(actor, stored.Intent);
        var now = time.GetUtcNow();
        session.Reclassify(messageId, intent, reclassification, now);
        var result = await OpenOrJoinCaseAsync(session, stored.Message, messageId, intent, null, null, now, reclassification, cancellationToken);
        return new(ReclassifyResult.Reclassified, result.CaseReference);
    }

    private async Task<AcceptResult> OpenOrJoinCaseAsync(IIntakeSession session, InboundMessage message, long messageId, IntentResult intent,
        CaseRecord? related, IReadOnlyList<CaseRecord>? senderCasesRead, DateTimeOffset now, Reclassification? reclassification,
        CancellationToken cancellationToken)
    {
        // Not threaded: an answer on any channel joins the open case of the same sender (e.g. the account number asked for).
        var senderCases = related is not null ? []
            : senderCasesRead ?? await session.FindOpenCasesOfSenderAsync(message.SenderAddress, cancellationToken);
        if (intent.Intent == Intents.Other && related is null && senderCases.Count == 0)
            return await CaselessAsync(session, message, messageId, intent, cancellationToken);

        var asked = related is { Status: CaseStatuses.NeedsIdentification } || senderCases.Any(c => c.Status == CaseStatuses.NeedsIdentification);
        var identification = await CustomerIdentifier.IdentifyAsync(session, message, intent, asked, cancellationToken);
        var answer = related is null ? SenderCases.Choose(senderCases, identification) : null;
        if (intent.Intent == Intents.Other && related is null && answer is null)
            return await CaselessAsync(session, message, messageId, intent, cancellationToken);
        var (@case, updated, review) = await PlaceAsync(session, message, messageId, intent, identification, related, answer, now, cancellationToken);
        // The case row first: events describe (and billing's webhooks carry) the case as it now is.
        if (!@case.Opened || updated != @case) session.UpdateCase(updated, now);
        session.LinkMessage(messageId, updated.Id);
        if (reclassification is not null)
            session.AppendEvent(new CaseEvent(updated.Id, now, "reclassified_by_staff", reclassification.Actor, updated.Verified, new Dictionary<string, object?>
            {
                ["messageId"] = messageId, ["staff"] = reclassification.Actor, ["from"] = reclassification.From, ["to"] = intent.Intent,
            }));
        session.AppendEvent(Event(updated, now, "message_received", new()
        {
            ["messageId"] = messageId, ["channel"] = message.Channel, ["intent"] = intent.Intent, ["kind"] = intent.Kind,
            ["confidence"] = Math.Round(intent.Confidence, 2), ["receivedAt"] = message.ReceivedAt,
        }));
        foreach (var change in CaseEvolution.Changes(@case, updated))
            session.AppendEvent(Event(updated, now, change.Type, change.Data));
        if (review is not null) session.AppendEvent(Event(updated, now, "answer_needs_review", review));

        // "Other" (a thank-you, a remark) in a case gets no reply of its own, unless it changed the case (an account number).
        var replies = intent.Intent != Intents.Other || updated.Status != @case.Status ? ReplyPlanner.Plan(updated, message, identification) : [];
        var queued = false;
        foreach (var reply in replies)
        {
            queued = true;
            var rendered = templates.Render(reply.Kind, reply.Channel, updated.Language, Model(updated, identification, message));
            var outbound = new NewOutbound(updated.Id, reply.OutboxKind, reply.Channel, reply.Recipient, updated.Language,
                rendered.Template, rendered.Subject, rendered.Body, message.ThreadReference, now);
            session.InsertOutbound(outbound, Event(updated, now, "reply_queued", new()
            {
                ["kind"] = reply.OutboxKind, ["channel"] = reply.Channel, ["template"] = rendered.Template,
            }));
        }
        await session.CommitAsync(cancellationToken);
        if (reclassification is null) metrics.MessageAccepted(message.Channel, intent.Intent);
        else metrics.Reclassified(message.Channel, reclassification.From, intent.Intent);
        // A reply the case already had wakes the dispatcher for nothing, which is harmless.
        if (queued) signal.OutboxWritten();
        return new AcceptResult(messageId, intent.Intent, updated.Reference, false);
    }

    /// <summary>Not about a cancellation and no case to join: stored and visible to staff, no case, no reply.</summary>
    private async Task<AcceptResult> CaselessAsync(IIntakeSession session, InboundMessage message, long messageId, IntentResult intent, CancellationToken ct)
    {
        await session.CommitAsync(ct);
        metrics.MessageAccepted(message.Channel, intent.Intent);
        return new AcceptResult(messageId, intent.Intent, null, false);
    }

    /// <summary>
    /// Which case the message goes to and what it becomes: the threaded case, else the sender's open case, else the
    /// case of its contract (or a new one). When a person must decide (the sender's cases are of several customers, or
    /// the answer names a contract that already has another open case) the message goes to review with the reason.
    /// </summary>
    private async Task<(CaseRecord Before, CaseRecord After, Dictionary<string, object?>? Review)> PlaceAsync(IIntakeSession session,
        InboundMessage message, long messageId, IntentResult intent, Identification id, CaseRecord? related, SenderCaseMatch? answer,
        DateTimeOffset now, CancellationToken ct)
    {
        if (answer is { Ambiguity: { } ambiguity })
        {
            // A case of its own in review, keyed by the message: no case of anyone is changed on a guess; staff merge it.
            var review = await session.FindOrOpenCaseAsync(NewCase(message, messageId, intent, Identification.None, now) with
            {
                Status = CaseStatuses.NeedsReview, OpenKey = "review:" + messageId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }, ct);
            return (review, CaseEvolution.Apply(review, message, messageId, intent, Identification.None, dates),
                new() { ["reason"] = ambiguity, ["candidates"] = answer.Candidates });
        }
        var @case = related ?? answer?.Case ?? await session.FindOrOpenCaseAsync(NewCase(message, messageId, intent, id, now), ct);
        var updated = CaseEvolution.Apply(@case, message, messageId, intent, id, dates);
        if (updated.OpenKey == @case.OpenKey || await session.FindOpenCaseReferenceAsync(updated.OpenKey, ct) is not { } holder)
            return (@case, updated, null);
        // The contract already has an open case: one open case per contract, so this one waits for staff to merge them.
        var held = CaseEvolution.Apply(@case, message, messageId, intent, id with { Contract = null }, dates) with
        {
            Status = CaseStatuses.NeedsReview, OpenKey = @case.OpenKey,
        };
        return (@case, held, new() { ["reason"] = SenderCases.ContractHasOpenCase, ["candidates"] = new[] { holder } });
    }

    /// <summary>The same message again: the answer is the first delivery's, and this delivery's raw payload is marked as that message.</summary>
    /// <summary>The message's raw payload is taken in: a replay's (the message names it) or the one this transaction saved.</summary>
    private static void MarkRawPayloadAccepted(IIntakeSession session, InboundMessage message, long messageId, DateTimeOffset now)
    {
        if ((message.RawPayloadId ?? session.RawPayloadId) is { } rawId) session.MarkRawPayloadAccepted(rawId, messageId, now);
    }

    private static async Task<AcceptResult> RepeatedAsync(IIntakeSession session, InboundMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var first = await session.FindAcceptedAsync(message.Channel, message.ProviderMessageId, cancellationToken)
            ?? throw new InvalidOperationException("Duplicate message vanished.");
        MarkRawPayloadAccepted(session, message, first.MessageId, now);
        await session.CommitAsync(cancellationToken);
        return first with { Duplicate = true };
    }

    private IntentResult Classify(InboundMessage message)
    {
        var classified = ClassifiedText.Of(message.Text);
        var text = new IntakeText(classified.Read, message.Channel, message.ReceivedAt, message.Subject);
        // The safety net, whatever the classifier: "other" (no case, no reply) only when that is safe; otherwise review.
        var intent = net.Guard(classifier.Classify(text), text with { Text = classified.Guarded });
        if (classified.Cut) intent = intent with { Reasons = [.. intent.Reasons, $"text:first-{ClassifiedText.Limit}-characters"] };
        if (message.NeedsReview && intent.Intent == Intents.Other)
            intent = intent with { Intent = Intents.Unclear, Reasons = [.. intent.Reasons, "adapter:needs-review"] };
        if (message.Stated is not { Kind: { } statedKind } stated) return intent;
        // A structured cancellation form states the declaration outright; the text only adds details.
        return intent with
        {
            Intent = Intents.Cancel, Kind = statedKind, Confidence = 1.0,
            RequestedDate = stated.RequestedDate ?? intent.RequestedDate, Immediate = stated.RequestedDate is null,
            AccountNumber = stated.AccountNumber ?? intent.AccountNumber, Reason = stated.Reason ?? intent.Reason,
            Language = stated.Language ?? intent.Language, Reasons = [.. intent.Reasons, "stated:form"],
        };
    }

    private static CaseRecord NewCase(InboundMessage message, long messageId, IntentResult intent, Identification id, DateTimeOffset now) => new()
    {
        Reference = "",
        Status = CaseEvolution.StatusFor(intent, id),
        Kind = intent.Intent == Intents.Cancel ? intent.Kind ?? CancellationKinds.Ordinary : null,
        CustomerId = id.Customer?.CustomerId,
        ContractId = id.Contract?.Id,
        OpenKey = id.Contract is { } c ? CaseEvolution.ContractKey(c.Id) : id.Customer is { } cu ? $"customer:{cu.CustomerId}" : $"sender:{message.SenderAddress}",
        ReceivedAt = message.ReceivedAt,
        FirstDeclarationMessageId = intent.Intent == Intents.Cancel ? messageId : null,
        FirstChannel = message.Channel,
        Verified = id.Customer?.Verified ?? false,
        Language = intent.Language,
        Reason = intent.Reason,
        ReasonText = message.Stated?.ReasonText,
        WhyToken = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_'),
        Opened = true,
    };

    private ReplyModel Model(CaseRecord @case, Identification id, InboundMessage message) =>
        ReplyComposer.For(@case, id.Contract?.Product, message.DisplayName, options.PublicBaseUrl);

    private static CaseEvent Event(CaseRecord @case, DateTimeOffset at, string type, Dictionary<string, object?> data) =>
        new(@case.Id, at, type, "system", @case.Verified, data);
}
