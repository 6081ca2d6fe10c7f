using Intake.Core.EffectiveDates;
using Intake.Core.Pipeline;

namespace Intake.Core.Console;

/// <summary>A case as a staff decision sees it, read under the row lock of the transaction that will change it.</summary>
public sealed record LockedCase : CaseRecord
{
    public string? Product { get; init; }
    public ContractTerms? Terms { get; init; }
    public string? CustomerEmail { get; init; }
    public string? CustomerPhone { get; init; }
    /// <summary>The customer's latest message: replies go to its channel and address, threaded to it.</summary>
    public CaseMessage? LatestMessage { get; init; }
    /// <summary>Every message of the case, oldest first.</summary>
    public IReadOnlyList<CaseMessage> Messages { get; init; } = [];
}
