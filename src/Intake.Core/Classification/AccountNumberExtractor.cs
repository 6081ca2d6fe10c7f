using System.Text.RegularExpressions;

namespace Intake.Core.Classification;

/// <summary>
/// Finds the account number a customer typed: after a label first (a customer-number label before a contract-number
/// label: each phrase file lists its label patterns in that order), then a bare "AB-123456" token.
/// </summary>
internal sealed partial class AccountNumberExtractor
{
    private const int MinimumLength = 4;
    private const int MaximumLength = 20;

    /// <summary>How far before a number its label may start ("Kundennummer lautet: ..."); label patterns only run there.</summary>
    private const int LabelReach = 60;

    private readonly (int Rank, Regex Pattern)[] labelled;
    private readonly Regex[] tokens;
    private readonly HashSet<string> nonAccountLabels;

    public AccountNumberExtractor(PhraseBook book)
    {
        labelled = book.Files.SelectMany(f => f.AccountLabelPatterns.Select((pattern, rank) => (rank, pattern)))
            .DistinctBy(l => l.pattern, StringComparer.Ordinal)
            .Select(l => (l.rank, new Regex(l.pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled)))
            .ToArray();
        tokens = book.Files.SelectMany(f => f.AccountTokenPatterns).Distinct(StringComparer.Ordinal)
            .Select(p => new Regex(p, RegexOptions.CultureInvariant | RegexOptions.Compiled)).ToArray();
        nonAccountLabels = book.Files.SelectMany(f => f.NonAccountLabels).Select(TextNormalizer.ToKey).ToHashSet(StringComparer.Ordinal);
    }

    public string? Extract(string text)
    {
        // Every account number has a digit, so the label patterns only need to read the stretches around numbers.
        var windows = NumberWindows(text);
        if (windows.Count == 0)
        {
            return null;
        }

        var fromLabel = LabelMatches(text, windows)
            .Where(l => l.Match.Groups["id"].Success)
            .OrderBy(l => l.Rank).ThenBy(l => l.Match.Index)
            .Select(l => Clean(l.Match.Groups["id"].Value))
            .FirstOrDefault(IsPlausible);
        if (fromLabel is not null)
        {
            return fromLabel;
        }

        return tokens
            .SelectMany(r => r.Matches(text))
            .OrderBy(m => m.Index)
            .Where(m => !FollowsNonAccountLabel(text, m.Index))
            .Select(m => Clean(m.Value))
            .FirstOrDefault(v => IsPlausible(v) && !AllDigits().IsMatch(v));
    }

    /// <summary>Each label pattern's matches inside the windows, read in place (the regex sees a window as its whole input, as a copy would be).</summary>
    private IEnumerable<(int Rank, Match Match)> LabelMatches(string text, List<Range> windows)
    {
        foreach (var (rank, pattern) in labelled)
        {
            foreach (var window in windows)
            {
                var (offset, length) = window.GetOffsetAndLength(text.Length);
                for (var match = pattern.Match(text, offset, length); match.Success; match = match.NextMatch())
                {
                    yield return (rank, match);
                }
            }
        }
    }

    /// <summary>Each number with the text up to <see cref="LabelReach"/> before it (from a word start) and a number's length after it; overlapping stretches merged.</summary>
    private static List<Range> NumberWindows(string text)
    {
        var windows = new List<Range>();
        var (start, end) = (-1, -1);
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                continue;
            }

            var from = Math.Max(0, i - LabelReach);
            while (from > 0 && !char.IsWhiteSpace(text[from - 1]))
            {
                from--;
            }

            var to = Math.Min(text.Length, i + MaximumLength * 2);
            if (start >= 0 && from > end)
            {
                windows.Add(start..end);
                start = -1;
            }

            (start, end) = (start < 0 ? from : start, to);
        }

        if (start >= 0)
        {
            windows.Add(start..end);
        }

        return windows;
    }

    private static string Clean(string value) => Whitespace().Replace(value, "").Trim('-').ToUpperInvariant();

    /// <summary>Phone numbers, dates, postcodes and IBANs look like numbers too; none of them identifies a contract.</summary>
    private static bool IsPlausible(string value) =>
        value.Length is >= MinimumLength and <= MaximumLength
        && value.Any(char.IsDigit)
        && !Iban().IsMatch(value)
        && !Postcode().IsMatch(value)
        && !DateLike().IsMatch(value)
        && !Phone().IsMatch(value);

    private bool FollowsNonAccountLabel(string text, int index)
    {
        var before = TextNormalizer.ToKey(text[Math.Max(0, index - 30)..index]);
        return PreviousWord().Matches(before).TakeLast(3).Any(w => nonAccountLabels.Contains(w.Value));
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^[A-Z]{2}\d{2}[A-Z]{4}\d{6,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Iban();

    [GeneratedRegex(@"^\d{4}[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Postcode();

    [GeneratedRegex(@"^\d{1,4}[-./]\d{1,2}([-./]\d{1,4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateLike();

    /// <summary>International (+31, 0031) or Dutch mobile/landline shape (10 digits starting 0).</summary>
    [GeneratedRegex(@"^(\+|00)\d{8,}$|^0[1-9]\d{8}$|^0[1-9]\d{1,3}-\d{6,8}$", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"^\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex AllDigits();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex PreviousWord();
}
