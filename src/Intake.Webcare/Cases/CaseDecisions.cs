using System.Globalization;
using Intake.Core.Console;
using Intake.Core.EffectiveDates;
using Intake.Core.Identity;
using Intake.Core.Model;
using Intake.Core.Pipeline;

namespace Intake.Webcare.Cases;

/// <summary>
/// What staff decisions do to a case: confirm as a cancellation (the receipt time stays), dismiss, link to a
/// customer and contract. Pure: the store runs them under the case's row lock and writes the result at once.
/// </summary>
public sealed class CaseDecisions(StaffReplyComposer replies, EffectiveDateCalculator dates)
{
    public const string NotInReview = "not-in-review";
    public const string NotOpen = "not-open";
    public const string ContractUnknown = "contract-unknown";
    public const string ChooseContract = "choose-contract";
    public const string AlreadyLinked = "already-linked";
    public const string UnknownKind = "unknown-kind";
    public const string UnknownReason = "unknown-reason";
    public const string MergeSelf = "merge-self";
    public const string MergeClosed = "merge-closed";
    public const string MergeTwoCustomers = "merge-two-customers";
    public const string MergeTwoContracts = "merge-two-contracts";

    public static IReadOnlyList<string> DismissReasons { get; } = ["not_a_cancellation", "question", "complaint", "duplicate", "spam", "retracted"];

    /// <param name="messageId">The message staff confirm as the declaration (default the case's first); it becomes the first
    /// declaration, and its receipt time the case's, unless the case already holds an earlier declaration.</param>
    public CaseChange Confirm(LockedCase current, string kind, long? messageId = null)
    {
        if (current.Status != CaseStatuses.NeedsReview) return CaseChange.Refuse(current, NotInReview);
        if (!CancellationKinds.All.Contains(kind, StringComparer.Ordinal)) return CaseChange.Refuse(current, UnknownKind);
        var declared = messageId is { } id ? current.Messages.FirstOrDefault(m => m.Id == id) : current.Messages.FirstOrDefault();
        if (messageId is not null && declared is null) return CaseChange.Refuse(current, CaseChangeOutcome.NotFound);
        var events = new List<StaffEvent> { new("confirmed_by_staff", new Dictionary<string, object?> { ["kind"] = kind, ["messageId"] = declared?.Id }) };
        if (declared is not null && (current.FirstDeclarationMessageId is null || declared.ReceivedAt < current.ReceivedAt))
        {
            current = current with { FirstDeclarationMessageId = declared.Id, ReceivedAt = declared.ReceivedAt };
            events.Add(new("first_declaration_set", new Dictionary<string, object?> { ["messageId"] = declared.Id, ["receivedAt"] = declared.ReceivedAt }));
        }
        if (current.ContractId is not null && current.Terms is not null) return Accept(current with { Kind = kind }, events);
        if (current.CustomerId is not null) return CaseChange.Refuse(current, ContractUnknown);
        // Nobody known yet: the declaration stands, and the reply asks for the one missing detail.
        var updated = current with { Kind = kind, Status = CaseStatuses.NeedsIdentification };
        events.Add(StatusChanged(current, updated));
        return new CaseChange(updated, events, [.. replies.Owed(updated, "identification-request")]);
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
        // A sender of no known kind (a withheld caller) is not an address anyone can be found by again.
        return linkSenderAddress && sender is not null && SenderAddress.KindOf(sender) is var kind && kind != IdentityKinds.Unknown
            ? change with { LinkAddress = (kind, sender) } : change;
    }

    /// <summary>
    /// Merges two open cases of one person: the one with a contract remains (else the one with a customer, else the older),
    /// with the earliest declaration's receipt time and both cases' messages and replies; the other is closed as Merged.
    /// </summary>
    public CaseMerge Merge(LockedCase current, LockedCase other)
    {
        if (current.Id == other.Id) return CaseMerge.Refuse(current, MergeSelf);
        if (!IsOpen(current) || !IsOpen(other)) return CaseMerge.Refuse(current, MergeClosed);
        if (current.CustomerId is { } a && other.CustomerId is { } b && a != b) return CaseMerge.Refuse(current, MergeTwoCustomers);
        if (current.ContractId is { } x && other.ContractId is { } y && x != y) return CaseMerge.Refuse(current, MergeTwoContracts);
        var (keep, gone) = Rank(current) != Rank(other) ? (Rank(current) > Rank(other) ? (current, other) : (other, current))
            : current.Id < other.Id ? (current, other) : (other, current);

        var declarations = new[] { keep, gone }.Where(c => c.FirstDeclarationMessageId is not null).OrderBy(c => c.ReceivedAt).ToList();
        var earliest = declarations.Count > 0 ? declarations[0] : keep.ReceivedAt <= gone.ReceivedAt ? keep : gone;
        var source = keep.ContractId is not null || gone.ContractId is null ? keep : gone;
        var customer = keep.CustomerId is not null ? keep : gone;
        var merged = keep with
        {
            CustomerId = customer.CustomerId, CustomerEmail = customer.CustomerEmail, CustomerPhone = customer.CustomerPhone,
            ContractId = source.ContractId, Product = source.Product, Terms = source.Terms, OpenKey = source.ContractId is null ? keep.OpenKey : source.OpenKey,
            Kind = keep.Kind ?? gone.Kind, RequestedDate = keep.RequestedDate ?? gone.RequestedDate, Verified = keep.Verified || gone.Verified,
            ReceivedAt = earliest.ReceivedAt, FirstDeclarationMessageId = earliest.FirstDeclarationMessageId,
            Messages = [.. keep.Messages.Concat(gone.Messages).OrderBy(m => m.ReceivedAt).ThenBy(m => m.Id)],
        };
        merged = merged with { LatestMessage = merged.Messages.Count > 0 ? merged.Messages[^1] : null };
        var record = new Dictionary<string, object?> { ["from"] = gone.Reference, ["into"] = keep.Reference };
        var events = new List<StaffEvent> { new("case_merged", record) };
        if (merged.ReceivedAt != keep.ReceivedAt)
            events.Add(new("receipt_time_set", new Dictionary<string, object?> { ["from"] = keep.ReceivedAt, ["to"] = merged.ReceivedAt, ["messageId"] = merged.FirstDeclarationMessageId }));
        var remaining = merged.Kind is not null && merged.Terms is not null && merged.ContractId is not null
            ? Accept(merged, events, confirm: keep.Status != CaseStatuses.Accepted && gone.Status != CaseStatuses.Accepted)
            : Settle(keep, merged with { Status = merged.Kind is not null && merged.CustomerId is null ? CaseStatuses.NeedsIdentification : CaseStatuses.NeedsReview }, events);
        var closed = gone with { Status = CaseStatuses.Merged };
        return new CaseMerge(remaining, new CaseChange(closed, [new("case_merged", record), StatusChanged(gone, closed)], []));
    }

    private static int Rank(LockedCase c) => c.ContractId is not null ? 2 : c.CustomerId is not null ? 1 : 0;

    private static bool IsOpen(LockedCase c) => CaseStatuses.Open.Contains(c.Status, StringComparer.Ordinal);

    private static CaseChange Settle(LockedCase before, LockedCase after, List<StaffEvent> events)
    {
        if (before.Status != after.Status) events.Add(StatusChanged(before, after));
        return new CaseChange(after, events, []);
    }

    private CaseChange Accept(LockedCase current, List<StaffEvent> events, bool confirm = true)
    {
        var effective = dates.Calculate(current.Terms!, current.ReceivedAt, current.Kind!, current.RequestedDate);
        var updated = current with { Status = CaseStatuses.Accepted, EffectiveDate = effective.Date, EffectiveRule = effective.Rule };
        if (current.Status != updated.Status) events.Add(StatusChanged(current, updated));
        events.Add(new("effective_date_set", new Dictionary<string, object?>
        {
            ["date"] = effective.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["rule"] = effective.Rule,
        }));
        return new CaseChange(updated, events, confirm ? [.. replies.Owed(updated, "confirmation")] : []);
    }

    private static StaffEvent StatusChanged(LockedCase before, LockedCase after) =>
        new("status_changed", new Dictionary<string, object?> { ["from"] = before.Status, ["to"] = after.Status });
}
