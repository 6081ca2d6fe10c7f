using System.Globalization;
using Intake.Core.EffectiveDates;
using Intake.Core.Identity;
using Intake.Core.Model;
using Intake.Core.Pipeline;
using Intake.Storage.Postgres.Webcare;

namespace Intake.Webcare.Cases;

/// <summary>
/// What staff decisions do to a case: confirm as a cancellation (the receipt time stays), dismiss, link to a
/// customer and contract. Pure: the store runs them under the case's row lock and writes the result at once.
/// </summary>
public sealed class CaseDecisions(ReplyPlan replies, EffectiveDateCalculator dates)
{
    public const string NotInReview = "not-in-review";
    public const string NotOpen = "not-open";
    public const string ContractUnknown = "contract-unknown";
    public const string ChooseContract = "choose-contract";
    public const string AlreadyLinked = "already-linked";
    public const string UnknownKind = "unknown-kind";
    public const string UnknownReason = "unknown-reason";

    public static IReadOnlyList<string> DismissReasons { get; } = ["not_a_cancellation", "question", "complaint", "duplicate", "spam", "retracted"];

    public CaseChange Confirm(LockedCase current, string kind)
    {
        if (current.Status != CaseStatuses.NeedsReview) return CaseChange.Refuse(current, NotInReview);
        if (!CancellationKinds.All.Contains(kind, StringComparer.Ordinal)) return CaseChange.Refuse(current, UnknownKind);
        var events = new List<StaffEvent> { new("confirmed_by_staff", new Dictionary<string, object?> { ["kind"] = kind }) };
        if (current.ContractId is not null && current.Terms is not null) return Accept(current with { Kind = kind }, events);
        if (current.CustomerId is not null) return CaseChange.Refuse(current, ContractUnknown);
        // Nobody known yet: the declaration stands, and the reply asks for the one missing detail.
        var updated = current with { Kind = kind, Status = CaseStatuses.NeedsIdentification };
        events.Add(StatusChanged(current, updated));
        return new CaseChange(updated, events, [.. replies.For(updated, "identification-request")]);
    }

    public CaseChange Dismiss(LockedCase current, string reason)
    {
        if (current.Status is not (CaseStatuses.NeedsReview or CaseStatuses.NeedsIdentification)) return CaseChange.Refuse(current, NotInReview);
        if (!DismissReasons.Contains(reason, StringComparer.Ordinal)) return CaseChange.Refuse(current, UnknownReason);
        var updated = current with { Status = reason == "retracted" ? CaseStatuses.Retracted : CaseStatuses.Dismissed };
        return new CaseChange(updated, [new("dismissed_by_staff", new Dictionary<string, object?> { ["reason"] = reason }), StatusChanged(current, updated)], []);
    }

    public CaseChange Link(LockedCase current, CustomerCandidate customer, long? contractId, bool linkSenderAddress)
    {
        if (!CaseStatuses.Open.Contains(current.Status, StringComparer.Ordinal)) return CaseChange.Refuse(current, NotOpen);
        if (current.ContractId is not null) return CaseChange.Refuse(current, AlreadyLinked);
        var contract = contractId is { } id ? customer.Contracts.FirstOrDefault(c => c.Id == id)
            : customer.Contracts.Count == 1 ? customer.Contracts[0] : null;
        if (contract is null) return CaseChange.Refuse(current, ChooseContract);

        var sender = current.LatestMessage?.SenderAddress;
        var updated = current with
        {
            CustomerId = customer.Id, ContractId = contract.Id, OpenKey = "contract:" + contract.Id.ToString(CultureInfo.InvariantCulture),
            Product = contract.Product, Terms = contract.Terms, Verified = current.Verified || (linkSenderAddress && sender is not null),
        };
        var events = new List<StaffEvent>
        {
            new("linked_by_staff", new Dictionary<string, object?> { ["customerId"] = customer.Id, ["contractId"] = contract.Id }),
        };
        var change = current.Status == CaseStatuses.NeedsIdentification && updated.Kind is not null
            ? Accept(updated, events) // the missing detail is found: the original declaration is confirmed
            : new CaseChange(updated, events, []);
        return linkSenderAddress && sender is not null ? change with { LinkAddress = (SenderAddress.KindOf(sender), sender) } : change;
    }

    private CaseChange Accept(LockedCase current, List<StaffEvent> events)
    {
        var effective = dates.Calculate(current.Terms!, current.ReceivedAt, current.Kind!, current.RequestedDate);
        var updated = current with { Status = CaseStatuses.Accepted, EffectiveDate = effective.Date, EffectiveRule = effective.Rule };
        if (current.Status != updated.Status) events.Add(StatusChanged(current, updated));
        events.Add(new("effective_date_set", new Dictionary<string, object?>
        {
            ["date"] = effective.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["rule"] = effective.Rule,
        }));
        return new CaseChange(updated, events, [.. replies.For(updated, "confirmation")]);
    }

    private static StaffEvent StatusChanged(LockedCase before, LockedCase after) =>
        new("status_changed", new Dictionary<string, object?> { ["from"] = before.Status, ["to"] = after.Status });
}
