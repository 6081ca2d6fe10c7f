namespace Intake.Core.Console;

/// <summary>Everything the case page shows: the case, its customer and contract, and every entry of its timeline.</summary>
public sealed record CaseFile(
    CaseDetail Case,
    IReadOnlyList<CaseMessage> Messages,
    IReadOnlyList<CaseReply> Replies,
    IReadOnlyList<CaseAuditEntry> Events,
    IReadOnlyList<CaseNote> Notes,
    IReadOnlyList<CallbackEntry> Callbacks,
    IReadOnlyList<CustomerLink> Links);
