namespace Intake.Core.Classification;

/// <summary>How a day and month the customer wrote become a date.</summary>
internal static class CalendarRules
{
    /// <summary>"31 november" and "29 februari" in a common year mean the month's last day, not nothing.</summary>
    public static DateOnly? Clamp(int year, int month, int day)
    {
        if (month is < 1 or > 12 || day is < 1 or > 31 || year is < 1 or > 9998)
        {
            return null;
        }

        return new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
    }

    /// <summary>A date without a year that already passed this year means next year; also says how long ago it passed.</summary>
    public static (DateOnly Date, int DaysPassed)? Next(DateOnly today, int month, int day)
    {
        if (Clamp(today.Year, month, day) is not { } thisYear)
        {
            return null;
        }

        return thisYear >= today
            ? (thisYear, 0)
            : (Clamp(today.Year + 1, month, day)!.Value, today.DayNumber - thisYear.DayNumber);
    }

    public static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    public static int FullYear(int year) => year < 100 ? 2000 + year : year;
}
