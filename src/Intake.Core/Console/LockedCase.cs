using Intake.Core.EffectiveDates;

namespace Intake.Core.Console;

/// <summary>A case as a staff decision sees it, read under the row lock of the transaction that will change it.</summary>
public sealed record LockedCase
{
    public required long Id { get; init; }
    public required string Reference { get; init; }
    public required string Status { get; init; }
    public string? Kind { get; init; }
    public long? CustomerId { get; init; }
    public long? ContractId { get; init; }
    public required string OpenKey { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public DateOnly? RequestedDate { get; init; }
    public DateOnly? EffectiveDate { get; init; }
    public string? EffectiveRule { get; init; }
    public required bool Verified { get; init; }
    public required string Language { get; init; }
    public required string WhyToken { get; init; }
    public string? Reason { get; init; }
    public string? Product { get; init; }
    public ContractTerms? Terms { get; init; }
    public string? CustomerEmail { get; init; }
    public string? CustomerPhone { get; init; }
    /// <summary>The customer's latest message: replies go to its channel and address, threaded to it.</summary>
    public CaseMessage? LatestMessage { get; init; }
    /// <summary>The message that was the first declaration; the case's receipt time is its receipt time.</summary>
    public long? FirstDeclarationMessageId { get; init; }
    /// <summary>Every message of the case, oldest first.</summary>
    public IReadOnlyList<CaseMessage> Messages { get; init; } = [];
}
