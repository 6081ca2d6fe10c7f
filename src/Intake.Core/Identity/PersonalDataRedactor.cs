using System.Text.RegularExpressions;

namespace Intake.Core.Identity;

/// <summary>Masks email addresses, phone numbers and account-like numbers inside free text before it reaches a log.</summary>
public static partial class PersonalDataRedactor
{
    public static string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var masked = Email().Replace(text, m => SenderAddress.Mask(m.Value));
        return Digits().Replace(masked, m => SenderAddress.Mask(m.Value));
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // Six or more digits, optionally with a + and separators: phone numbers, account and IBAN-like numbers.
    [GeneratedRegex(@"\+?\d[\d \-./]{4,}\d", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();
}
