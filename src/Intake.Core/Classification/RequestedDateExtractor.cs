using System.Globalization;
using System.Text.RegularExpressions;

namespace Intake.Core.Classification;

/// <summary>
/// Finds the date a customer asks for ("per 1 september", "31.12.", "eind van de maand") and resolves it against the
/// receipt day in Europe/Amsterdam. Day-month order is European for every language, as our customers write it.
/// </summary>
internal sealed partial class RequestedDateExtractor
{

    /// <summary>How long ago a yearless day may have passed and still be read as an event rather than next year's date.</summary>
    private const int RecentPastDays = 31;

    private readonly Dictionary<string, int> months = new(StringComparer.Ordinal);
    private readonly Regex dayMonth;
    private readonly Regex monthDay;
    private readonly Regex monthEnd;
    private readonly DatePrepositions prepositions;

    public RequestedDateExtractor(PhraseBook book)
    {
        foreach (var (number, names) in book.Files.SelectMany(f => f.Dates.Months))
        {
            foreach (var name in names)
            {
                months[TextNormalizer.Normalize(name)] = int.Parse(number, CultureInfo.InvariantCulture);
            }
        }

        var monthNames = string.Join("|", months.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        var endWords = string.Join("|", book.Files.SelectMany(f => f.Dates.MonthEndWords).Select(TextNormalizer.Normalize).Distinct().Select(Regex.Escape));
        const RegexOptions options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
        dayMonth = new Regex($@"(?<![\w])(?<d>\d{{1,2}})(?:st|nd|rd|th|e|ste|de|ten|ter)?\.?\s*(?:of\s+|van\s+)?(?<mon>{monthNames})\.?(?![\w])(?:,?\s*(?<y>\d{{4}}))?", options);
        monthDay = new Regex($@"(?<![\w])(?<mon>{monthNames})\.?\s+(?:the\s+)?(?<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\w])(?:,?\s*(?<y>\d{{4}}))?", options);
        monthEnd = new Regex($@"(?<![\w])(?:{endWords})\s+(?:(?:van|of|de|the|des)\s+)*(?<mon>{monthNames})(?![\w])(?:\s+(?<y>\d{{4}}))?", options);
        prepositions = new DatePrepositions(book);
    }

    public RequestedDate Extract(TokenizedText text, CueScan scan, DateOnly today)
    {
        var key = text.Normalized;
        var candidates = new List<DateCandidate>();
        void Add(Match m, int day, int month, int? year, bool named, bool mustHavePreposition) =>
            AddCandidate(candidates, text, scan, m, today, day, month, year, named, mustHavePreposition);
        // Numeric, ISO and day-month dates all have a digit; most messages have none and skip those scans.
        var digits = key.AsSpan().ContainsAnyInRange('0', '9');
        foreach (Match m in digits ? Numeric().Matches(key) : Enumerable.Empty<Match>())
        {
            var day = Number(m, "d");
            var month = Number(m, "m");
            // Only a slash hints at the American month/day order ("12/25"); "10.30" is a time.
            if (month > 12 && day <= 12 && m.Groups["sep"].Value == "/")
            {
                (day, month) = (month, day);
            }

            var yearless = !m.Groups["y"].Success;
            var decimalLike = m.Groups["sep"].Value == "." && yearless && !m.Groups["dot"].Success;
            var ratio = m.Value == "24/7" || UnitAfter().IsMatch(key.AsSpan(m.Index + m.Length));
            if (!ratio)
            {
                Add(m, day, month, yearless ? null : Number(m, "y"), named: false, mustHavePreposition: decimalLike);
            }
        }

        foreach (Match m in digits ? Iso().Matches(key) : Enumerable.Empty<Match>())
        {
            Add(m, Number(m, "d"), Number(m, "m"), Number(m, "y"), named: true, mustHavePreposition: false);
        }

        foreach (var regex in digits ? [dayMonth, monthDay] : Array.Empty<Regex>())
        {
            foreach (Match m in regex.Matches(key))
            {
                Add(m, Number(m, "d"), months[m.Groups["mon"].Value], m.Groups["y"].Success ? Number(m, "y") : null, named: true, mustHavePreposition: false);
            }
        }

        foreach (Match m in monthEnd.Matches(key))
        {
            Add(m, 31, months[m.Groups["mon"].Value], m.Groups["y"].Success ? Number(m, "y") : null, named: true, mustHavePreposition: false);
        }

        if (RelativeDates.Find(scan, today) is { } relative)
        {
            candidates.Add(relative);
        }

        if (candidates.Count > 0)
        {
            var best = candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Position).First();
            return new RequestedDate(best.Date, false, best.Cue);
        }

        // "zo snel mogelijk", "fristgerecht zum nächstmöglichen Zeitpunkt", "earliest possible date": no date was named,
        // so the earliest date the contract allows applies; the effective-date rules compute it, we only flag it.
        var immediate = scan.Of(CueCategory.Immediate).FirstOrDefault();
        return immediate is null ? RequestedDate.None : new RequestedDate(null, true, immediate.Source);
    }

    private void AddCandidate(List<DateCandidate> candidates, TokenizedText text, CueScan scan, Match m, DateOnly today,
        int day, int month, int? year, bool named, bool mustHavePreposition)
    {
        var hasPreposition = prepositions.Introduces(text.Normalized, m.Index);
        if ((!hasPreposition && prepositions.Excludes(text.Normalized, m.Index)) || (mustHavePreposition && !hasPreposition))
        {
            return;
        }

        var sentence = text.SentenceAt(m.Index);
        var nearDeclaration = sentence >= 0 && scan.Hits.Any(h => h.Sentence == sentence && h.Category is CueCategory.Cancel
            or CueCategory.CancelWithObject or CueCategory.Withdrawal or CueCategory.Extraordinary or CueCategory.StopVerb);
        DateOnly date;
        if (year is { } y)
        {
            if (CalendarRules.Clamp(CalendarRules.FullYear(y), month, day) is not { } exact || (!hasPreposition && exact < today))
            {
                return;
            }

            date = exact;
        }
        else if (CalendarRules.Next(today, month, day) is { } next
                 && (hasPreposition || next.DaysPassed == 0 || (nearDeclaration && next.DaysPassed > RecentPastDays)))
        {
            // Without "per"/"zum" a day that just passed ("ik heb op 3 november gebeld") is an event, not a wish
            // for next year; one long past next to "cancel" ("end my contract on 31 January") is next year's.
            date = next.Date;
        }
        else
        {
            return;
        }

        var score = (hasPreposition ? 3 : named || year is not null ? 2 : 1) + (nearDeclaration ? 1 : 0);
        candidates.Add(new DateCandidate(date, score, m.Index, m.Value.Trim()));
    }

    private static int Number(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![\w.\-/])(?<d>\d{1,2})(?<sep>[-/.])(?<m>\d{1,2})(?:\k<sep>(?<y>\d{4}|\d{2}))?(?<dot>\.)?(?![\w\-/]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<![\w.\-/])(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?![\w\-/])", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    /// <summary>"1/2 jaar", "9-17 uur", "24/7" are not dates.</summary>
    [GeneratedRegex(@"^\s*(uur|u|h|uhr|am|pm|jaar|jaren|year|years|jahr|jahre|maand|maanden|month|months|monat|monate|dag|dagen|day|days|tag|tage|keer|times|mal|euro|eur|%|x)\b", RegexOptions.CultureInvariant)]
    private static partial Regex UnitAfter();
}
