using Intake.Core.EffectiveDates;

namespace Intake.Core.Pipeline;

/// <summary>A contract as the pipeline needs it.</summary>
public sealed record ContractRecord(long Id, string ExternalId, string Product, ContractTerms Terms);
