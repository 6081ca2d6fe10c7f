using NodaTime;

namespace Intake.Core.EffectiveDates;

/// <summary>Resolves a contract's IANA time zone, falling back to Europe/Amsterdam so a bad id never blocks a confirmation.</summary>
public static class ContractTimeZone
{
    public const string DefaultId = "Europe/Amsterdam";

    public static DateTimeZone Resolve(string? timeZoneId) =>
        (string.IsNullOrWhiteSpace(timeZoneId) ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId.Trim()))
        ?? DateTimeZoneProviders.Tzdb[DefaultId];
}
