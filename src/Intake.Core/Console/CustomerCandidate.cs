using Intake.Core.EffectiveDates;

namespace Intake.Core.Console;

/// <summary>A customer found by account number, with the open contracts a case may be linked to.</summary>
public sealed record CustomerCandidate(long Id, string AccountNumber, string Name, IReadOnlyList<ContractChoice> Contracts);
