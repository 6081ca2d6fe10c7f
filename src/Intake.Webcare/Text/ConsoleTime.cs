using System.Globalization;

namespace Intake.Webcare.Text;

/// <summary>Times as staff read and type them: Amsterdam wall-clock time, stored as UTC.</summary>
public static class ConsoleTime
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static string Format(DateTimeOffset? value) =>
        value is { } v ? TimeZoneInfo.ConvertTime(v, Amsterdam).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture) : "";

    public static string FormatDate(DateOnly? value) => value?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) ?? "";

    /// <summary>The value of an &lt;input type="datetime-local"&gt; for this time.</summary>
    public static string Input(DateTimeOffset value) =>
        TimeZoneInfo.ConvertTime(value, Amsterdam).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    /// <summary>Reads a datetime-local value (Amsterdam time); null when it is not one.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        string[] formats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"];
        if (!DateTime.TryParseExact(value.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)) return null;
        // A time that does not exist (the hour skipped in spring) is read as the hour after.
        if (Amsterdam.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(local, Amsterdam.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The ISO week ("2026-W48") an instant falls in, in Amsterdam time, as the reasons report groups it.</summary>
    public static string IsoWeek(DateTimeOffset value)
    {
        var local = TimeZoneInfo.ConvertTime(value, Amsterdam).DateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(local)}-W{ISOWeek.GetWeekOfYear(local):00}");
    }

    /// <summary>Monday 00:00 Amsterdam time of the week <paramref name="weeksBack"/> weeks before the one holding <paramref name="now"/>.</summary>
    public static DateTimeOffset WeekStart(DateTimeOffset now, int weeksBack)
    {
        var local = TimeZoneInfo.ConvertTime(now, Amsterdam).Date;
        var monday = local.AddDays(-(((int)local.DayOfWeek + 6) % 7)).AddDays(-7 * weeksBack);
        return new DateTimeOffset(monday, Amsterdam.GetUtcOffset(monday)).ToUniversalTime();
    }
}
