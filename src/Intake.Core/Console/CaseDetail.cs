namespace Intake.Core.Console;

/// <summary>The case row with its customer and contract.</summary>
public sealed record CaseDetail
{
    public long Id { get; init; }
    public required string Reference { get; init; }
    public required string Status { get; init; }
    public string? Kind { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public required string FirstChannel { get; init; }
    public DateOnly? RequestedDate { get; init; }
    public DateOnly? EffectiveDate { get; init; }
    public string? EffectiveRule { get; init; }
    public string? Reason { get; init; }
    public string? ReasonText { get; init; }
    public bool Verified { get; init; }
    public required string Language { get; init; }
    public long? CustomerId { get; init; }
    public string? AccountNumber { get; init; }
    public string? CustomerName { get; init; }
    public string? CustomerEmail { get; init; }
    public string? CustomerPhone { get; init; }
    public long? ContractId { get; init; }
    public string? ContractExternalId { get; init; }
    public string? Product { get; init; }
    /// <summary>The message whose receipt time is the case's (its first declaration); null before one.</summary>
    public long? FirstDeclarationMessageId { get; init; }
    /// <summary>Set when staff merged this case into another one.</summary>
    public string? MergedIntoReference { get; init; }
    /// <summary>The staff member who has the case now; null when nobody has it.</summary>
    public long? AssignedTo { get; init; }
}
