using NodaTime;

namespace Intake.Core.EffectiveDates;

/// <summary>The consumer-law parameters of a country, chosen from the contract's time zone.</summary>
/// <param name="Code">ISO 3166 country code.</param>
/// <param name="WithdrawalPeriod">Statutory withdrawal period, counted from the day the contract was concluded.</param>
/// <param name="ConsumerNoticeCap">Longest notice a consumer owes once a contract runs indefinitely; null when the law sets none.</param>
public sealed record Jurisdiction(string Code, Period WithdrawalPeriod, Period? ConsumerNoticeCap)
{
    /// <summary>
    /// Withdrawal: 14 days, art. 6:230o BW. Notice after tacit renewal or on an indefinite contract:
    /// at most one month, art. 6:236 onder j BW.
    /// </summary>
    public static Jurisdiction Netherlands { get; } = new("NL", Period.FromDays(14), Period.FromMonths(1));

    /// <summary>
    /// Withdrawal: 14 days, §355 Abs. 2 BGB. Notice after tacit extension: at most one month,
    /// §309 Nr. 9 BGB (contracts concluded since 1 March 2022).
    /// </summary>
    public static Jurisdiction Germany { get; } = new("DE", Period.FromDays(14), Period.FromMonths(1));

    // Add a country by adding its zones here; every zone not listed is Dutch, the house default.
    private static readonly Dictionary<string, Jurisdiction> ByTimeZoneId = new(StringComparer.Ordinal)
    {
        ["Europe/Amsterdam"] = Netherlands,
        ["Europe/Berlin"] = Germany,
        ["Europe/Busingen"] = Germany,
    };

    /// <summary>The jurisdiction for an IANA zone id; unknown or missing ids are Dutch.</summary>
    public static Jurisdiction ForTimeZone(string? timeZoneId) =>
        timeZoneId is not null && ByTimeZoneId.TryGetValue(timeZoneId.Trim(), out var jurisdiction)
            ? jurisdiction
            : Netherlands;
}
