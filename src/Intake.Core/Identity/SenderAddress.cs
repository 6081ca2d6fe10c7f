using System.Globalization;
using System.Text;

namespace Intake.Core.Identity;

/// <summary>Normalises the addresses customers are known by, so one customer is one key whatever the notation.</summary>
public static class SenderAddress
{
    /// <summary>Lower-cases and trims an email address; null when it is not one.</summary>
    public static string? NormaliseEmail(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var email = value.Trim().Trim('<', '>').ToLowerInvariant();
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == email.LastIndexOf('@') && email.IndexOf('.', at) > at + 1 && !email.Any(char.IsWhiteSpace) && email.Length <= 254
            ? email : null;
    }

    /// <summary>
    /// Turns a phone number in any usual notation into E.164 (+31612345678). National numbers are read
    /// as Dutch (0612345678) unless <paramref name="defaultCountryCode"/> says otherwise; null when it is not a phone number.
    /// </summary>
    public static string? NormalisePhone(string? value, string defaultCountryCode = "31")
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var trimmed = value.Trim();
        if (trimmed.StartsWith("whatsapp:", StringComparison.OrdinalIgnoreCase)) trimmed = trimmed[9..];
        var digits = new StringBuilder();
        foreach (var c in trimmed)
        {
            if (char.IsAsciiDigit(c)) digits.Append(c);
            else if (c is ' ' or '-' or '.' or '(' or ')' or '/' || (c == '+' && digits.Length == 0)) continue;
            else return null;
        }
        var number = digits.ToString();
        string international;
        if (trimmed.StartsWith('+')) international = number;
        else if (number.StartsWith("00", StringComparison.Ordinal)) international = number[2..];
        else if (number.StartsWith('0')) international = defaultCountryCode + number[1..];
        else return null;
        // Dutch numbers are sometimes written +31 (0)6...: drop the trunk zero.
        if (international.StartsWith(defaultCountryCode + "0", StringComparison.Ordinal)) international = defaultCountryCode + international[(defaultCountryCode.Length + 1)..];
        return international.Length is >= 8 and <= 15 ? "+" + international : null;
    }

    /// <summary>Normalises whatever a sender is known by: email, phone, or an X user id (digits).</summary>
    public static string Normalise(string value) =>
        NormaliseEmail(value) ?? NormalisePhone(value) ?? value.Trim().ToLowerInvariant();

    /// <summary>
    /// The identity_link kind a normalised address belongs to: postal (the lines of a <see cref="PostalAddress"/>), email,
    /// phone, x (digits), or <see cref="IdentityKinds.Unknown"/> when none fits, which callers neither look up nor link.
    /// </summary>
    public static string KindOf(string normalised) =>
        normalised.Contains('\n', StringComparison.Ordinal) ? IdentityKinds.Postal
        : normalised.Contains('@', StringComparison.Ordinal) ? IdentityKinds.Email
        : normalised.StartsWith('+') ? IdentityKinds.Phone
        : normalised.Length > 0 && normalised.All(char.IsAsciiDigit) ? IdentityKinds.X
        : IdentityKinds.Unknown;

    /// <summary>Masks an address for logs: j***@example.nl, +316****5678, (postal address).</summary>
    public static string Mask(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        // A postal address is all personal data: nothing of it is shown.
        if (value.Contains('\n', StringComparison.Ordinal)) return "(postal address)";
        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at > 0) return string.Create(CultureInfo.InvariantCulture, $"{value[0]}***{value[at..]}");
        if (value.Length <= 4) return "****";
        var keep = Math.Min(4, value.Length / 3);
        return value[..keep] + new string('*', value.Length - 2 * keep) + value[^keep..];
    }
}
