using System.Text.RegularExpressions;

namespace Intake.Core.Classification;

/// <summary>
/// Finds the account number a customer typed: after a label first (a customer-number label before a contract-number
/// label, whichever comes first in the text: each phrase file lists its labels in that order), then a bare
/// "AB-123456" token.
/// </summary>
internal sealed partial class AccountNumberExtractor
{
    private const int MinimumLength = 4;
    private const int MaximumLength = 20;

    /// <summary>How far before a number its label may start ("Kundennummer lautet: ..."); label patterns only run there.</summary>
    private const int LabelReach = 60;

    /// <summary>
    /// What may stand between a label and its number, in every language at once: messages mix them. Up to four words
    /// naming whose number it is when a colon follows ("Klantnummer cliënte:", "Kundennummer der Mandantin:"), and
    /// the little words a caller says on the way ("die Kundennummer hab ich hier 5 5 3 ...").
    /// </summary>
    private const string Between =
        @"\.?(?:\s+(?:[\p{L}'.]+\s+){0,3}[\p{L}'.]+(?=\s*:)|\s*\([^()\n]{1,30}\)(?=\s*:))?\s*" + LittleWords;

    /// <summary>The little words a caller says between a label and its number, and the signs a writer puts there.</summary>
    private const string LittleWords =
        @"(?:(?:is|was|luidt|lautet|ist|eh|uh|um|hab|habe|heb|ich|ik|hier|here|i|have|got|its|it's)\b\s*|[=:#(]\s*)*";

    /// <summary>
    /// The number, written the same way in every language: up to two letter prefixes ("VN 123", "ab-123", a long
    /// upper-case "NORTHWIND-221", a lower-case "st 7710" typed with a space), then a digit, then letters and digits
    /// with inner dashes, dots and slashes, digit groups split by single spaces ("55 40 11") included.
    /// Lower-case letters before a space only count as a prefix in pairs before four digits, so a word after the label
    /// ("account at 22 Elm Road") is not read as part of the number.
    /// </summary>
    private const string Number =
        @"(?<id>(?:(?-i:[A-Z]{1,4})(?:\s?[-/]\s?|\s)?|[A-Za-z]{1,4}-|(?-i:[A-Z]{5,12})-(?=\d)|[a-z]{2}\s(?=\d\d(?:\s?\d){2})){0,2}"
        + @"\d(?:[A-Za-z0-9]|[-/.](?=[A-Za-z0-9])|\s(?=\d))*)";

    /// <summary>The rank of an order or application number: after every account label, and only for a cancellation.</summary>
    private const int OrderRank = int.MaxValue;

    private const RegexOptions LabelOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private readonly (int Rank, Regex Pattern)[] labelled;
    private readonly (int Rank, string Word)[] typoWords;
    private readonly Regex[] tokens;
    private readonly HashSet<string> nonAccountLabels;
    private readonly Dictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> spokenDigits;

    public AccountNumberExtractor(PhraseBook book)
    {
        var labels = book.Files.SelectMany(f => f.AccountLabelPatterns.Select((label, rank) => (Rank: rank, Label: label))).ToArray();
        labelled = labels
            .Select(l => (l.Rank, l.Label.Pattern))
            .Concat(book.Files.SelectMany(f => f.OrderLabelPatterns).Select(pattern => (Rank: OrderRank, Pattern: pattern)))
            .DistinctBy(l => l.Pattern, StringComparer.Ordinal)
            .Select(l => (l.Rank, new Regex($@"\b(?:{l.Pattern}){Between}{Number}", LabelOptions | RegexOptions.Compiled)))
            .ToArray();
        typoWords = labels
            .SelectMany(l => l.Label.TypoWords.Select(w => (l.Rank, Word: w.ToLowerInvariant())))
            .Where(w => w.Word.Length >= WordAlternative.MinimumTypoLength)
            .Distinct()
            .ToArray();
        tokens = book.Files.SelectMany(f => f.AccountTokenPatterns).Distinct(StringComparer.Ordinal)
            .Select(p => new Regex(p, RegexOptions.CultureInvariant | RegexOptions.Compiled)).ToArray();
        nonAccountLabels = book.Files.SelectMany(f => f.NonAccountLabels).Select(TextNormalizer.ToKey).ToHashSet(StringComparer.Ordinal);
        var digits = new Dictionary<string, char>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in book.Files)
        {
            for (var digit = 0; digit < file.SpokenDigits.Count; digit++)
            {
                foreach (var word in file.SpokenDigits[digit].Split('|')) digits[word] = (char)('0' + digit);
            }
        }

        spokenDigits = digits.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The account number in <paramref name="text"/>; with <paramref name="orders"/> (a cancellation) an order or application number when there is no other.</summary>
    public string? Extract(string text, bool orders = false)
    {
        text = WithSpokenNumbers(text);
        // Every account number has a digit, so the label patterns only need to read the stretches around numbers.
        var windows = NumberWindows(text);
        if (windows.Count == 0)
        {
            return null;
        }

        var fromLabel = LabelMatches(text, windows)
            .Where(l => l.Match.Groups["id"].Success && (orders || l.Rank != OrderRank))
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

    /// <summary>
    /// The text without account numbers inserted between commas ("zeg ik mijn abonnement, klantnummer 4471902, op",
    /// "kündige den Gasliefervertrag, Vertragskonto 210 447 889, zum 31.01."), so that the words around them read as
    /// one phrase; null when there is none.
    /// </summary>
    public string? WithoutInsertions(string text)
    {
        if (!text.Contains(',', StringComparison.Ordinal)) return null;
        var windows = NumberWindows(text);
        if (windows.Count == 0) return null;
        List<(int Start, int End)>? cuts = null;
        foreach (var (_, match) in LabelMatches(text, windows))
        {
            var before = match.Index - 1;
            while (before >= 0 && text[before] == ' ') before--;
            var after = match.Index + match.Length;
            while (after < text.Length && text[after] == ' ') after++;
            if (before < 0 || text[before] != ',' || after >= text.Length || text[after] != ',') continue;
            (cuts ??= []).Add((before, after));
        }

        if (cuts is null) return null;
        var builder = new System.Text.StringBuilder(text.Length);
        var position = 0;
        foreach (var (start, end) in cuts.OrderBy(c => c.Start))
        {
            if (start < position) continue;
            builder.Append(text, position, start - position).Append(' ');
            position = end + 1;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>
    /// A number of six to ten digits standing alone on one of the last lines, under the name in a signature
    /// ("Gerrit Haverkamp / 3391047"): customers who know their number often sign with it. Phone numbers are not it.
    /// </summary>
    public static string? SignatureNumber(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).TakeLast(4);
        return lines.Select(l => SignatureLine().Match(l)).Where(m => m.Success).Select(m => m.Groups["id"].Value)
            .LastOrDefault(v => IsPlausible(v)) ?? TrailingCode(text);
    }

    /// <summary>
    /// A reference after the last sentence, as a short message ends with it ("Done with you. 88172", "laat m eindigen.
    /// 3390-2", "This is the last year. M4410"): at least four digits, never a year, date, phone number (nor eleven digits
    /// or more in a row), postcode or IBAN.
    /// </summary>
    private static string? TrailingCode(string text) =>
        TrailingCodePattern().Match(text.TrimEnd()) is { Success: true } match
        && match.Groups["id"].Value is var id && id.Count(char.IsDigit) >= 4 && !Year().IsMatch(id) && !(id.Length > 10 && AllDigits().IsMatch(id)) && IsPlausible(id)
            ? id
            : null;

    /// <summary>
    /// The text with each number a caller spelled out written as one ("klantnummer vier vier twee negen één" →
    /// "klantnummer 44291", "k d fünf fünf null eins" → "KD5501", "k 7 7 3 1 0" → "K77310"): at least three digit
    /// words or single digits in a row, after up to three single letters; the text itself when it holds none.
    /// </summary>
    private string WithSpokenNumbers(string text)
    {
        System.Text.StringBuilder? written = null;
        Span<char> number = stackalloc char[MaximumLength];
        var copied = 0;
        var (from, to) = WordAt(text, 0);
        while (from >= 0)
        {
            // A run of words with only spaces between them: up to three single letters, then digit words.
            var (runStart, runEnd, length, digitWords) = (from, from, 0, 0);
            while (from >= 0 && length < MaximumLength && (runEnd == runStart || OnlySpaces(text, runEnd, from)))
            {
                var word = text.AsSpan(from, to - from);
                if (Digit(word) is { } digit)
                {
                    number[length++] = digit;
                    digitWords++;
                }
                else if (word.Length == 1 && digitWords == 0 && length < 3)
                {
                    number[length++] = char.ToUpperInvariant(word[0]);
                }
                else
                {
                    break;
                }
                runEnd = to;
                (from, to) = WordAt(text, to);
            }

            if (digitWords >= 3)
            {
                written ??= new System.Text.StringBuilder(text.Length);
                written.Append(text, copied, runStart - copied).Append(number[..length]);
                copied = runEnd;
            }

            if (runEnd == runStart) (from, to) = WordAt(text, to);
        }

        return written is null ? text : written.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The digit a word stands for: a single digit, or a digit said in words ("vier", "fünf", "oh").</summary>
    private char? Digit(ReadOnlySpan<char> word) =>
        word is [var single] && char.IsAsciiDigit(single) ? single
        : spokenDigits.TryGetValue(word, out var spoken) ? spoken
        : null;

    /// <summary>The first word (letters and digits) at or after <paramref name="from"/>, or (-1, -1).</summary>
    private static (int Start, int End) WordAt(string text, int from)
    {
        var start = from;
        while (start < text.Length && !char.IsLetterOrDigit(text[start])) start++;
        if (start == text.Length) return (-1, -1);
        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
        return (start, end);
    }

    private static bool OnlySpaces(string text, int from, int to) => to > from && text.AsSpan(from, to - from).IsWhiteSpace();

    /// <summary>Each label's matches inside the windows, read in place (the regex sees a window as its whole input, as a copy would be).</summary>
    private IEnumerable<(int Rank, Match Match)> LabelMatches(string text, List<Range> windows)
    {
        foreach (var (rank, pattern) in labelled)
        {
            foreach (var match in MatchesIn(pattern, text, windows))
            {
                yield return (rank, match);
            }
        }

        // A slip in the label word ("klantnumer", "acount") should not lose the number; a regex cannot say "one edit
        // away", so any word before a number is compared with the label words instead.
        foreach (var match in MatchesIn(WordBeforeNumber(), text, windows))
        {
            var rank = TypoRank(match.Groups["word"].ValueSpan);
            if (rank >= 0)
            {
                yield return (rank, match);
            }
        }
    }

    private static IEnumerable<Match> MatchesIn(Regex pattern, string text, List<Range> windows)
    {
        foreach (var window in windows)
        {
            var (offset, length) = window.GetOffsetAndLength(text.Length);
            for (var match = pattern.Match(text, offset, length); match.Success; match = match.NextMatch())
            {
                yield return match;
            }
        }
    }

    /// <summary>The best rank of a label word at most one edit from <paramref name="word"/>, or -1.</summary>
    private int TypoRank(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        var best = -1;
        foreach (var (rank, typoWord) in typoWords)
        {
            if ((best < 0 || rank < best) && EditDistance.AtMostOne(lower, typoWord))
            {
                best = rank;
            }
        }

        return best;
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

    /// <summary>A word of five letters or more and the number after it: a label with one slip, if the word is close to a label word.</summary>
    /// <remarks>Only little words may stand between (no words naming whose number): a longer reach would let the word before a label ("ich kündige. Kundenumer: ...") take the number's match from the label.</remarks>
    [GeneratedRegex(@"\b(?<word>\p{L}{5,30})\.?\s*" + LittleWords + Number, LabelOptions)]
    private static partial Regex WordBeforeNumber();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^[A-Z]{2}\d{2}[A-Z]{4}\d{6,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Iban();

    [GeneratedRegex(@"^\d{4}[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Postcode();

    /// <summary>
    /// Day-month(-year), month/day/year, year-month(-day) and month-year with real day, month and year numbers:
    /// "8800-12" after a customer-number label is an account, "12-08" and "2026-12" are dates.
    /// </summary>
    [GeneratedRegex(
        @"^(0?[1-9]|[12]\d|3[01])[-./](0?[1-9]|[12]\d|3[01])([-./](\d{2}|\d{4}))?$"
        + @"|^(19|20)\d{2}[-./](0?[1-9]|1[0-2])([-./](0?[1-9]|[12]\d|3[01]))?$"
        + @"|^(0?[1-9]|1[0-2])[-./](19|20)\d{2}$",
        RegexOptions.CultureInvariant)]
    private static partial Regex DateLike();

    /// <summary>International (+31, 0031) or Dutch mobile/landline shape (10 digits starting 0).</summary>
    [GeneratedRegex(@"^(\+|00)\d{8,}$|^0[1-9]\d{8}$|^0[1-9]\d{1,3}-\d{6,8}$", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"^(?<id>\d{6,10})$", RegexOptions.CultureInvariant)]
    private static partial Regex SignatureLine();

    [GeneratedRegex(@"(?:^|[.!?]\s+|\n\s*)(?<id>(?:[A-Z]{1,3}-?)?\d[0-9A-Z]*(?:[-/][0-9A-Z]+)*)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCodePattern();

    [GeneratedRegex(@"^(?:19|20)\d\d$", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"^\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex AllDigits();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex PreviousWord();
}
