namespace Intake.Core.EffectiveDates;

/// <summary>The terms of a contract that decide when a cancellation takes effect.</summary>
/// <param name="NoticePeriod">ISO-8601 period such as P1M, P30D or P0D.</param>
/// <param name="Renewal">fixed (ends at term end), tacit (renews silently, then indefinite), monthly/none (indefinite).</param>
/// <param name="TimeZone">IANA zone; business dates are computed in it.</param>
/// <param name="ConcludedOn">The day the contract was concluded; the withdrawal period runs from it (the start date when unknown).</param>
public sealed record ContractTerms(
    DateOnly StartDate,
    DateOnly? MinimumTermEnd,
    string NoticePeriod,
    string Renewal,
    string TimeZone = "Europe/Amsterdam",
    DateOnly? ConcludedOn = null)
{
    /// <summary>The day the withdrawal period is counted from.</summary>
    public DateOnly WithdrawalFrom => ConcludedOn ?? StartDate;
}
