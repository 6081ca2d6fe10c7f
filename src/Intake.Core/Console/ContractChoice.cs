using Intake.Core.EffectiveDates;

namespace Intake.Core.Console;

/// <summary>A contract a case may be linked to, with the terms that decide its effective date.</summary>
public sealed record ContractChoice
{
    public long Id { get; init; }
    public required string ExternalId { get; init; }
    public required string Product { get; init; }
    public DateOnly StartDate { get; init; }
    public DateOnly? MinimumTermEnd { get; init; }
    public required string NoticePeriod { get; init; }
    public required string Renewal { get; init; }
    public required string TimeZone { get; init; }
    public DateOnly? ConcludedOn { get; init; }
    public ContractTerms Terms => new(StartDate, MinimumTermEnd, NoticePeriod, Renewal, TimeZone, ConcludedOn);
}
