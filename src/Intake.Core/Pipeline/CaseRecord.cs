namespace Intake.Core.Pipeline;

/// <summary>
/// A cancellation case as stored; the pipeline and staff decisions change it and write it back in the same transaction.
/// The console's reads (<see cref="Console.LockedCase"/>, <see cref="Console.CaseDetail"/>) add what they join to it.
/// </summary>
public record CaseRecord
{
    public long Id { get; init; }
    public required string Reference { get; init; }
    public required string Status { get; init; }
    public string? Kind { get; init; }
    public long? CustomerId { get; init; }
    public long? ContractId { get; init; }
    public required string OpenKey { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public required string FirstChannel { get; init; }
    public DateOnly? RequestedDate { get; init; }
    public DateOnly? EffectiveDate { get; init; }
    public string? EffectiveRule { get; init; }
    public string? Reason { get; init; }
    public string? ReasonText { get; init; }
    public required bool Verified { get; init; }
    public required string Language { get; init; }
    public required string WhyToken { get; init; }
    /// <summary>The message that was the first declaration (a cancellation); its receipt time is the case's. Null before one.</summary>
    public long? FirstDeclarationMessageId { get; init; }
    /// <summary>True when this transaction opened the case; false when the message joined an open one.</summary>
    public bool Opened { get; init; }
}
