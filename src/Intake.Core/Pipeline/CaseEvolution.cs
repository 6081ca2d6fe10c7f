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

    public static CaseRecord Apply(CaseRecord @case, InboundMessage message, IntentResult intent, Identification id, EffectiveDateCalculator dates)
    {
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
            ReceivedAt = message.ReceivedAt < @case.ReceivedAt ? message.ReceivedAt : @case.ReceivedAt,
            CustomerId = @case.CustomerId ?? id.Customer?.CustomerId,
            ContractId = @case.ContractId ?? id.Contract?.Id,
            RequestedDate = @case.RequestedDate ?? intent.RequestedDate,
            Reason = @case.Reason ?? intent.Reason,
            Verified = @case.Verified || (id.Customer?.Verified ?? false),
        };
        if (id.Contract is { } contract && updated.Kind is { } k && status == CaseStatuses.Accepted)
        {
            var effective = dates.Calculate(contract.Terms, updated.ReceivedAt, k, updated.RequestedDate, intent.Immediate);
            updated = updated with { EffectiveDate = effective.Date, EffectiveRule = effective.Rule };
        }
        return updated;
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
        if (after.EffectiveDate != before.EffectiveDate && after.EffectiveDate is { } date)
            yield return ("effective_date_set", new() { ["date"] = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["rule"] = after.EffectiveRule });
        if (!after.Verified)
            yield return ("unverified_identity", new() { ["customerId"] = after.CustomerId });
    }
}
