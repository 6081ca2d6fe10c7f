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
    /// <summary>How much of a message's new text the classifier reads.</summary>
    public const int ClassifiedTextLimit = 4_000;

    public async Task<AcceptResult> AcceptAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        await using var session = await store.BeginAsync(cancellationToken);
        var now = time.GetUtcNow();
        var intent = Classify(message);
        // A re-delivery conflicts on (channel, provider id), waiting for a concurrent first delivery to commit.
        if (await session.InsertMessageAsync(message, intent, cancellationToken) is not { } messageId)
            return await RepeatedAsync(session, message, now, cancellationToken);
        if (message.RawPayloadId is { } rawId) session.MarkRawPayloadAccepted(rawId, messageId, now);

        var related = message.RelatedCaseReference is { } reference ? await session.FindOpenCaseAsync(reference, cancellationToken) : null;
        if (intent.Intent == Intents.Other && related is null)
        {
            await session.CommitAsync(cancellationToken);
            metrics.MessageAccepted(message.Channel, intent.Intent);
            return new AcceptResult(messageId, intent.Intent, null, false);
        }
        return await OpenOrJoinCaseAsync(session, message, messageId, intent, related, now, null, cancellationToken);
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
        var result = await OpenOrJoinCaseAsync(session, stored.Message, messageId, intent, null, now, reclassification, cancellationToken);
        return new(ReclassifyResult.Reclassified, result.CaseReference);
    }

    private async Task<AcceptResult> OpenOrJoinCaseAsync(IIntakeSession session, InboundMessage message, long messageId, IntentResult intent,
        CaseRecord? related, DateTimeOffset now, Reclassification? reclassification, CancellationToken cancellationToken)
    {
        var identification = await CustomerIdentifier.IdentifyAsync(session, message, intent, cancellationToken);
        var @case = related ?? await session.FindOrOpenCaseAsync(NewCase(message, intent, identification, now), cancellationToken);
        var updated = CaseEvolution.Apply(@case, message, intent, identification, dates);
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

        var wrote = false;
        foreach (var reply in ReplyPlanner.Plan(updated, message, identification))
        {
            var rendered = templates.Render(reply.Kind, reply.Channel, updated.Language, Model(updated, identification, message));
            var outbound = new NewOutbound(updated.Id, reply.OutboxKind, reply.Channel, reply.Recipient, updated.Language,
                rendered.Template, rendered.Subject, rendered.Body, message.ThreadReference, now);
            if (!await session.InsertOutboundAsync(outbound, cancellationToken)) continue;
            wrote = true;
            session.AppendEvent(Event(updated, now, "reply_queued", new()
            {
                ["kind"] = reply.OutboxKind, ["channel"] = reply.Channel, ["template"] = rendered.Template,
            }));
        }
        await session.CommitAsync(cancellationToken);
        if (reclassification is null) metrics.MessageAccepted(message.Channel, intent.Intent);
        else metrics.Reclassified(message.Channel, reclassification.From, intent.Intent);
        if (wrote) signal.OutboxWritten();
        return new AcceptResult(messageId, intent.Intent, updated.Reference, false);
    }

    /// <summary>The same message again: the answer is the first delivery's, and this delivery's raw payload is marked as that message.</summary>
    private static async Task<AcceptResult> RepeatedAsync(IIntakeSession session, InboundMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var first = await session.FindAcceptedAsync(message.Channel, message.ProviderMessageId, cancellationToken)
            ?? throw new InvalidOperationException("Duplicate message vanished.");
        if (message.RawPayloadId is { } rawId) session.MarkRawPayloadAccepted(rawId, first.MessageId, now);
        await session.CommitAsync(cancellationToken);
        return first with { Duplicate = true };
    }

    private IntentResult Classify(InboundMessage message)
    {
        var newText = QuotedTextStripper.NewText(message.Text);
        // A declaration stands near the top; a pasted contract or a 25 MB mail is read only that far, so no sender can
        // make classification (and with it every intake) slow. The message keeps its whole text.
        var read = newText.Length > ClassifiedTextLimit ? newText[..ClassifiedTextLimit] : newText;
        var text = new IntakeText(read, message.Channel, message.ReceivedAt, message.Subject);
        // The safety net, whatever the classifier: "other" (no case, no reply) only when that is safe; otherwise review.
        var intent = net.Guard(classifier.Classify(text), text with { Text = message.Text.Length > ClassifiedTextLimit * 4 ? read : message.Text });
        if (read.Length < newText.Length) intent = intent with { Reasons = [.. intent.Reasons, $"text:first-{ClassifiedTextLimit}-characters"] };
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

    private static CaseRecord NewCase(InboundMessage message, IntentResult intent, Identification id, DateTimeOffset now) => new()
    {
        Reference = "",
        Status = CaseEvolution.StatusFor(intent, id),
        Kind = intent.Intent == Intents.Cancel ? intent.Kind ?? CancellationKinds.Ordinary : null,
        CustomerId = id.Customer?.CustomerId,
        ContractId = id.Contract?.Id,
        OpenKey = id.Contract is { } c ? $"contract:{c.Id}" : id.Customer is { } cu ? $"customer:{cu.CustomerId}" : $"sender:{message.SenderAddress}",
        ReceivedAt = message.ReceivedAt,
        FirstChannel = message.Channel,
        Verified = id.Customer?.Verified ?? false,
        Language = intent.Language,
        Reason = intent.Reason,
        ReasonText = message.Stated?.ReasonText,
        WhyToken = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_'),
        Opened = true,
    };

    private ReplyModel Model(CaseRecord @case, Identification id, InboundMessage message) => new(
        @case.Reference, id.Contract?.Product, @case.ReceivedAt, @case.EffectiveDate, @case.Kind,
        $"{options.PublicBaseUrl.TrimEnd('/')}/why/{@case.WhyToken}", message.DisplayName);

    private static CaseEvent Event(CaseRecord @case, DateTimeOffset at, string type, Dictionary<string, object?> data) =>
        new(@case.Id, at, type, "system", @case.Verified, data);
}
