using System.Text.RegularExpressions;

namespace Intake.Core.Identity;

/// <summary>Masks email addresses, phone numbers and account-like numbers inside free text before it reaches a log.</summary>
public static partial class PersonalDataRedactor
{
    public static string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        // URLs in request logs carry addresses URL-encoded (jan%40example.nl, %2B31612345678): mask those too.
        if (text.Contains('%', StringComparison.Ordinal))
            text = text.Replace("%40", "@", StringComparison.OrdinalIgnoreCase).Replace("%2B", "+", StringComparison.OrdinalIgnoreCase);
        var masked = Email().Replace(text, m => SenderAddress.Mask(m.Value));
        masked = Phone().Replace(masked, m => SenderAddress.Mask(m.Value));
        return Account().Replace(masked, m => SenderAddress.Mask(m.Value));
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // Eight or more digits, optionally after + or 00 and with spaces or dashes: phone numbers and long account
    // numbers; not dates (2026-11-24), times, IP addresses or decimals.
    [GeneratedRegex(@"(?<![\w\-.:/])(?!\d{4}-\d{2}-\d{2})(?:\+|00)?\d(?:[ \-]?\d){7,14}(?![\w\-.:/])", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    // Account numbers with a letter prefix (NL1001, KL-123456); case references (C-2026-000123) are not personal.
    [GeneratedRegex(@"\b(?!C-\d{4}-\d{6})[A-Z]{1,4}-?\d{4,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Account();
}
