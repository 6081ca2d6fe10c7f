using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace Intake.Core.EffectiveDates;

/// <summary>Reads a notice period as ISO-8601 (P1M, P30D, P2W, P0D) or as an operator types it in a CSV ("1 maand", "30 days").</summary>
public static partial class NoticePeriodParser
{
    private const int MaxAmount = 999;

    private const string AcceptedForms =
        "Use ISO-8601 (P1M, P30D, P2W, P0D), '<number> <unit>' with unit day(s)/dag(en)/Tag(e), " +
        "week(s)/we(e)k(en)/Woche(n), month(s)/maand(en)/Monat(e), year(s)/jaar/Jahr(e), " +
        "or '0' / 'none' / 'geen' / 'keine'.";

    private static readonly HashSet<string> NoNotice = new(StringComparer.Ordinal) { "0", "none", "geen", "keine" };

    // English, Dutch and German unit words, singular and plural, as they appear in contract imports.
    private static readonly Dictionary<string, Func<int, Period>> Units = new(StringComparer.Ordinal)
    {
        ["day"] = Period.FromDays, ["days"] = Period.FromDays,
        ["dag"] = Period.FromDays, ["dagen"] = Period.FromDays,
        ["tag"] = Period.FromDays, ["tage"] = Period.FromDays, ["tagen"] = Period.FromDays,
        ["week"] = Period.FromWeeks, ["weeks"] = Period.FromWeeks,
        ["weken"] = Period.FromWeeks, ["woche"] = Period.FromWeeks, ["wochen"] = Period.FromWeeks,
        ["month"] = Period.FromMonths, ["months"] = Period.FromMonths,
        ["maand"] = Period.FromMonths, ["maanden"] = Period.FromMonths, ["mnd"] = Period.FromMonths,
        ["monat"] = Period.FromMonths, ["monate"] = Period.FromMonths, ["monaten"] = Period.FromMonths,
        ["year"] = Period.FromYears, ["years"] = Period.FromYears,
        ["jaar"] = Period.FromYears, ["jaren"] = Period.FromYears,
        ["jahr"] = Period.FromYears, ["jahre"] = Period.FromYears, ["jahren"] = Period.FromYears,
    };

    /// <summary>Parses <paramref name="text"/>; throws <see cref="FormatException"/> naming the accepted forms otherwise.</summary>
    public static Period Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim().ToLowerInvariant();

        if (NoNotice.Contains(trimmed))
        {
            return Period.Zero;
        }

        var period = trimmed.StartsWith('p') ? ParseIso(text, trimmed) : ParseHuman(text, trimmed);
        return period ?? throw Rejected(text);
    }

    private static Period? ParseIso(string original, string trimmed)
    {
        // NodaTime reads a bare "P" as zero; an empty cell must not silently mean "no notice".
        var result = PeriodPattern.Roundtrip.Parse(trimmed.ToUpperInvariant());
        if (!result.Success || !trimmed.Any(char.IsAsciiDigit))
        {
            return null;
        }

        var period = result.Value;
        if (period.HasTimeComponent)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"Notice period '{original}' has a time part; a notice period is whole days, weeks, months or years."));
        }

        var parts = new[] { period.Years, period.Months, period.Weeks, period.Days };
        if (parts.Any(part => part < 0))
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"Notice period '{original}' is negative."));
        }

        return period;
    }

    private static Period? ParseHuman(string original, string trimmed)
    {
        var match = AmountAndUnit().Match(trimmed);
        if (!match.Success || !Units.TryGetValue(match.Groups["unit"].Value, out var toPeriod))
        {
            return null;
        }

        if (!int.TryParse(match.Groups["amount"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
            || amount > MaxAmount)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"Notice period '{original}' is out of range (0 to {MaxAmount})."));
        }

        return toPeriod(amount);
    }

    private static FormatException Rejected(string original) => new(string.Create(CultureInfo.InvariantCulture,
        $"Notice period '{original}' is not understood. {AcceptedForms}"));

    [GeneratedRegex(@"^(?<amount>[0-9]+)\s*(?<unit>[a-z]+)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex AmountAndUnit();
}
