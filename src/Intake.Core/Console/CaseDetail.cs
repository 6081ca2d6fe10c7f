using Intake.Core.Pipeline;

namespace Intake.Core.Console;

/// <summary>The case row with its customer and contract.</summary>
public sealed record CaseDetail : CaseRecord
{
    public string? AccountNumber { get; init; }
    public string? CustomerName { get; init; }
    public string? CustomerEmail { get; init; }
    public string? CustomerPhone { get; init; }
    public string? ContractExternalId { get; init; }
    public string? Product { get; init; }
    /// <summary>Set when staff merged this case into another one.</summary>
    public string? MergedIntoReference { get; init; }
    /// <summary>The staff member who has the case now; null when nobody has it.</summary>
    public long? AssignedTo { get; init; }
}
