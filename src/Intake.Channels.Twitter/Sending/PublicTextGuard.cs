using System.Text.RegularExpressions;

namespace Intake.Channels.Twitter.Sending;

/// <summary>
/// Checks a public post before it goes out: no name, handle, account number, email, phone, address, contract,
/// date or time, link or long number. Only the case reference may appear. Returns what it found, or null.
/// </summary>
internal static partial class PublicTextGuard
{
    public static string? Violation(string text, IEnumerable<string> personalValues)
    {
        var checkedText = Reference().Replace(text, " ");
        foreach (var value in personalValues)
            if (Mentions(checkedText, value)) return "personal detail on file";
        (Regex Pattern, string Kind)[] rules =
        [
            (Email(), "email address"), (Link(), "link"), (Handle(), "handle"), (Address(), "street address"),
            (Postcode(), "postcode"), (Phone(), "phone number"), (Account(), "account number"), (NumericDate(), "date"),
            (MonthDate(), "date"), (ClockTime(), "time"), (LongNumber(), "number"),
        ];
        return rules.FirstOrDefault(r => r.Pattern.IsMatch(checkedText)).Kind;
    }

    // A value on file (name, account, product, contract) in any case; a name also word by word ("Roos" of "Roos de Vries").
    private static bool Mentions(string text, string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length < 3) return false;
        if (Word(trimmed).IsMatch(text)) return true;
        if (trimmed.Any(char.IsDigit) || trimmed.Contains('@', StringComparison.Ordinal)) return false;
        return trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3 && w.All(char.IsLetter)).Any(w => Word(w).IsMatch(text));
    }

    private static Regex Word(string value) =>
        new($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(value.TrimStart('@'))}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\bC-\d{4}-\d{6}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    [GeneratedRegex(@"[\w.%+\-]+@[\w\-]+(\.[\w\-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"https?://|www\.", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex(@"(?<![\w@])@\w{1,15}", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();

    [GeneratedRegex(@"\p{L}+(straat|weg|laan|plein|gracht|kade|singel|dijk|hof|straße|strasse|gasse|allee|street|road|avenue|lane|st\.|rd\.)\s*\d+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    [GeneratedRegex(@"\b[1-9]\d{3}\s?[A-Z]{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Postcode();

    [GeneratedRegex(@"(\+|\b00|\b0)\d[\d \-().]{6,}\d", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b[A-Z]{1,4}-?\d{3,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Account();

    [GeneratedRegex(@"\b\d{1,4}[-/.]\d{1,2}([-/.]\d{2,4})?\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b\d{1,2}\.?\s*(jan|feb|m[aä]r|mrt|apr|mei|may|mai|jun|jul|aug|sep|o[ck]t|nov|de[cz])\p{L}*|\b(jan|feb|m[aä]r|mrt|apr|mei|may|mai|jun|jul|aug|sep|o[ck]t|nov|de[cz])\p{L}*\.?\s*\d{1,4}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDate();

    [GeneratedRegex(@"\b\d{1,2}[:.h]\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\d{4,}", RegexOptions.CultureInvariant)]
    private static partial Regex LongNumber();
}
