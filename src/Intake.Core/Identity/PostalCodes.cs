using System.Text;

namespace Intake.Core.Identity;

/// <summary>
/// Normalises the two halves of an address key: postcode ("1234 ab" → "1234AB", German "10115") and house number with
/// its addition ("12 A" → "12a", "12 - 2" → "12-2"), so a letter, an answer and the directory name one address alike.
/// </summary>
public static class PostalCodes
{
    public const string Netherlands = "NL";
    public const string Germany = "DE";
    public const string Belgium = "BE";

    /// <summary>A Dutch (1234AB) or German (12345) postcode as the directory keeps it; null when it is neither.</summary>
    public static string? NormalisePostcode(string? value) =>
        NormalisePostcode(value, Netherlands) ?? NormalisePostcode(value, Germany);

    /// <summary>The postcode written the way <paramref name="country"/> (ISO code) writes it; null when it is not one.</summary>
    public static string? NormalisePostcode(string? value, string country)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var compact = string.Concat(value.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        return country.ToUpperInvariant() switch
        {
            Netherlands => compact.Length == 6 && compact[0] is >= '1' and <= '9' && compact[..4].All(char.IsAsciiDigit) && compact[4..].All(char.IsAsciiLetterUpper)
                ? compact : null,
            Germany => compact.Length == 5 && compact.All(char.IsAsciiDigit) ? compact : null,
            Belgium => compact.Length == 4 && compact[0] != '0' && compact.All(char.IsAsciiDigit) ? compact : null,
            // Elsewhere the post reads what the sender wrote: letters, digits and dashes.
            _ => compact.Length is >= 2 and <= 10 && compact.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? compact : null,
        };
    }

    /// <summary>
    /// "12", "12a", "12-2": the number, then its addition; letters join the number ("12 A" → "12a"), a numeric addition
    /// keeps one dash ("12 2", "12/2" → "12-2") so it never merges into another number. Null when it is not a house number.
    /// </summary>
    public static string? NormaliseHouseNumber(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim().ToLowerInvariant();
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
        if (digits is 0 or > 5 || text[0] == '0') return null;
        var addition = text[digits..].TrimStart(' ', '-', '/');
        if (addition.Length == 0) return text[..digits];
        if (addition.Length > 6 || !addition.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-')) return null;
        var compact = new StringBuilder(text[..digits]);
        if (char.IsAsciiDigit(addition[0])) compact.Append('-');
        compact.Append(addition.Replace(" ", "", StringComparison.Ordinal));
        return compact.ToString();
    }

    /// <summary>The identity key of an address: normalised postcode and house number ("1234AB 12a").</summary>
    public static string Key(string postcode, string houseNumber) => postcode + " " + houseNumber;
}
