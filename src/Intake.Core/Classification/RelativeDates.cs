namespace Intake.Core.Classification;

/// <summary>Dates named relative to the receipt day: "eind van de maand", "next month", "Jahresende", "ab morgen".</summary>
internal static class RelativeDates
{
    public static DateCandidate? Find(CueScan scan, DateOnly today)
    {
        var nextMonth = today.AddMonths(1);

        // Most specific first: "eind volgende maand" also contains "volgende maand".
        var relative = new (CueCategory Category, DateOnly Date)[]
        {
            (CueCategory.EndOfNextMonth, CalendarRules.EndOfMonth(nextMonth.Year, nextMonth.Month)),
            (CueCategory.EndOfMonth, CalendarRules.EndOfMonth(today.Year, today.Month)),

            // "next month" asks for the start of it: the customer wants to pay for this month, not the next.
            (CueCategory.NextMonth, new DateOnly(nextMonth.Year, nextMonth.Month, 1)),
            (CueCategory.EndOfYear, new DateOnly(today.Year, 12, 31)),
            (CueCategory.Tomorrow, today.AddDays(1)),
        };
        foreach (var (category, date) in relative)
        {
            if (scan.Of(category).FirstOrDefault() is { } hit)
            {
                return new DateCandidate(date, Score: 3, Position: int.MaxValue, hit.Source);
            }
        }

        return null;
    }
}
