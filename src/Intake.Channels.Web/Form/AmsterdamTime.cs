using System.Globalization;

namespace Intake.Channels.Web.Form;

/// <summary>Receipt times and "today" as the customer reads them: Dutch local time, whatever the server's zone.</summary>
internal static class AmsterdamTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateOnly Today(TimeProvider time) => Today(time.GetUtcNow());

    /// <summary>The Dutch calendar date at <paramref name="at"/>.</summary>
    public static DateOnly Today(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);

    /// <summary>A receipt time such as 24-11-2026 20:15.</summary>
    public static string Format(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Zone).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture);
}
