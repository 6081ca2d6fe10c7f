using Intake.Core.Classification;
using Intake.Core.EffectiveDates;
using Intake.Core.Model;

namespace Intake.Core.Pipeline;

/// <summary>How a new declaration changes a case: status, receipt time (only ever earlier), kind, dates.</summary>
internal static class CaseEvolution
{
    public static string StatusFor(IntentResult intent, Identification id) => intent.Intent switch
    {
        Intents.Cancel when id.Customer is null => CaseStatuses.NeedsIdentification,
        Intents.Cancel when id.Contract is not null => CaseStatuses.Accepted,
        _ => CaseStatuses.NeedsReview,
    };

    public static CaseRecord Apply(CaseRecord @case, InboundMessage message, long messageId, IntentResult intent, Identification id, EffectiveDateCalculator dates)
    {
        var (receivedAt, firstDeclaration) = ReceiptTime(@case, message, messageId, intent.Intent == Intents.Cancel);
        var contractId = @case.ContractId ?? id.Contract?.Id;
        var status = @case.Status;
        var proposed = StatusFor(intent, id);
        var kind = @case.Kind ?? (intent.Intent == Intents.Cancel ? intent.Kind ?? CancellationKinds.Ordinary : null);
        if (intent.Intent == Intents.Retract) status = CaseStatuses.NeedsReview;
        else if (proposed == CaseStatuses.Accepted) status = CaseStatuses.Accepted;
        // The missing detail arrived (e.g. the account number in a reply): the original declaration stands.
        else if (status == CaseStatuses.NeedsIdentification && kind is not null && id.Contract is not null) status = CaseStatuses.Accepted;
        var updated = @case with
        {
            Status = status,
            Kind = kind,
            ReceivedAt = receivedAt,
            FirstDeclarationMessageId = firstDeclaration,
            CustomerId = @case.CustomerId ?? id.Customer?.CustomerId,
            ContractId = contractId,
            // One open case per contract: a case opened for a sender or customer is keyed by its contract once it has one.
            OpenKey = @case.ContractId is null && contractId is { } c ? ContractKey(c) : @case.OpenKey,
            RequestedDate = @case.RequestedDate ?? intent.RequestedDate,
            Reason = @case.Reason ?? intent.Reason,
            Verified = @case.Verified || (id.Customer?.Verified ?? false),
        };
        // A withdrawal after the statutory period is still taken in with its receipt time, never refused: staff decide
        // whether it stands as a withdrawal or as a cancellation, and the customer is told so (Directive 2023/2673 art. 11a).
        var becomesAccepted = status == CaseStatuses.Accepted && (@case.Opened || @case.Status != CaseStatuses.Accepted);
        if (becomesAccepted && kind == CancellationKinds.Withdrawal && id.Contract is { } late && EffectiveDateCalculator.IsWithdrawalLate(late.Terms, receivedAt))
            return updated with { Status = CaseStatuses.NeedsReview, EffectiveRule = EffectiveDateCalculator.WithdrawalExpired };
        if (id.Contract is { } contract && updated.Kind is { } k && status == CaseStatuses.Accepted)
        {
            var effective = dates.Calculate(contract.Terms, updated.ReceivedAt, k, updated.RequestedDate, intent.Immediate);
            updated = updated with { EffectiveDate = effective.Date, EffectiveRule = effective.Rule };
        }
        return updated;
    }

    public static string ContractKey(long contractId) => "contract:" + contractId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The receipt time is the first declaration's: a declaration sets it when the case has none yet (a question that
    /// opened the case is not one) or when it reached us earlier; before any declaration the earliest message counts.
    /// </summary>
    private static (DateTimeOffset ReceivedAt, long? FirstDeclaration) ReceiptTime(CaseRecord @case, InboundMessage message, long messageId, bool declares)
    {
        if (declares && (@case.FirstDeclarationMessageId is null || message.ReceivedAt < @case.ReceivedAt)) return (message.ReceivedAt, messageId);
        if (@case.FirstDeclarationMessageId is null && message.ReceivedAt < @case.ReceivedAt) return (message.ReceivedAt, null);
        return (@case.ReceivedAt, @case.FirstDeclarationMessageId);
    }

    public static IEnumerable<(string Type, Dictionary<string, object?> Data)> Changes(CaseRecord before, CaseRecord after)
    {
        if (before.Opened)
            yield return ("case_opened", new() { ["status"] = after.Status, ["receivedAt"] = after.ReceivedAt, ["channel"] = after.FirstChannel });
        else
            yield return ("case_joined", new() { ["status"] = before.Status });
        if (before.Status != after.Status && !before.Opened)
            yield return ("status_changed", new() { ["from"] = before.Status, ["to"] = after.Status });
        if (after.ReceivedAt < before.ReceivedAt)
            yield return ("receipt_time_moved_earlier", new() { ["from"] = before.ReceivedAt, ["to"] = after.ReceivedAt });
        if (after.FirstDeclarationMessageId != before.FirstDeclarationMessageId)
            yield return ("first_declaration_set", new() { ["messageId"] = after.FirstDeclarationMessageId, ["receivedAt"] = after.ReceivedAt });
        if (after.EffectiveRule == EffectiveDateCalculator.WithdrawalExpired && after.Status == CaseStatuses.NeedsReview
            && before.EffectiveRule != after.EffectiveRule)
            yield return ("withdrawal_after_period", new() { ["receivedAt"] = after.ReceivedAt });
        if (after.EffectiveDate != before.EffectiveDate && after.EffectiveDate is { } date)
            yield return ("effective_date_set", new() { ["date"] = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["rule"] = after.EffectiveRule });
        if (!after.Verified)
            yield return ("unverified_identity", new() { ["customerId"] = after.CustomerId });
    }
}
