using System.Text.RegularExpressions;

namespace Intake.Core.Identity;

/// <summary>
/// Finds "postcode and house number" in a text, as the identification question asks for them: "1234 AB 12a",
/// "Dorpsstraat 12, 1234 AB Utrecht", "postcode 1234AB, huisnummer 12", "Hauptstraße 5, 10115 Berlin".
/// Yields address keys ("1234AB 12a"); a key that names no customer simply finds nobody.
/// </summary>
public static partial class PostalKeyFinder
{
    public static IEnumerable<string> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var keys = new List<string>();
        foreach (Match postcode in Postcode().Matches(text))
        {
            if (PostalCodes.NormalisePostcode(postcode.Value) is not { } code) continue;
            var after = NumberAfter().Match(text, postcode.Index + postcode.Length);
            var before = NumberBefore().Match(text[..postcode.Index]);
            foreach (var number in new[] { after, before }.Where(m => m.Success))
                if (PostalCodes.NormaliseHouseNumber(number.Groups["number"].Value) is { } houseNumber) keys.Add(PostalCodes.Key(code, houseNumber));
        }
        return keys.Distinct(StringComparer.Ordinal);
    }

    // Dutch 1234 AB / 1234AB, German 12345; not inside a longer number or word.
    [GeneratedRegex(@"(?<![\w-])(?:[1-9][0-9]{3} ?[A-Za-z]{2}|[0-9]{5})(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex Postcode();

    // Right after the postcode: "1234AB 12a", "1234 AB, huisnummer 12-2".
    [GeneratedRegex(@"\G[\s,;:]*(?:(?:huisnummer|huisnr\.?|hausnummer|hausnr\.?|house number|nr\.?|no\.?)\s*:?\s*)?(?<number>[1-9][0-9]{0,4}(?:-?[A-Za-z]{1,3}|\s?[-/]\s?[A-Za-z0-9]{1,4}|\s[A-Za-z])?)(?![\w])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberAfter();

    // Just before it, as an address is written: "Dorpsstraat 12a, 1234 AB", "huisnummer 12, postcode 1234AB".
    [GeneratedRegex(@"(?<![\w-])(?<number>[1-9][0-9]{0,4}(?:-?[A-Za-z]{1,3}|\s?[-/]\s?[A-Za-z0-9]{1,4})?)[ \t]*[,;]?[ \t]*(?:(?:postcode|plz|postleitzahl|zip|post code)[ \t]*:?[ \t]*)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberBefore();
}
