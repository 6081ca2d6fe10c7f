using System.Globalization;

namespace Intake.Core.Identity;

/// <summary>
/// A postal address a letter came from and a letter goes to. Its normalised form (<see cref="ToString"/>) is the sender
/// address of a letter and the recipient of a reply by letter: one line each for the name (optional), street and house
/// number, postcode and city, and the country code; <see cref="TryParse"/> reads it back.
/// </summary>
public sealed record PostalAddress(string? Name, string Street, string HouseNumber, string Postcode, string City, string Country)
{
    /// <summary>Postcode and house number: what the directory matches a customer by.</summary>
    public string Key => PostalCodes.Key(Postcode, HouseNumber);

    /// <summary>An address from what someone typed; null when a part is missing or not valid for the country.</summary>
    public static PostalAddress? Create(string? name, string? street, string? houseNumber, string? postcode, string? city, string? country)
    {
        var code = Line(country)?.ToUpperInvariant();
        if (code is not { Length: 2 } || !code.All(char.IsAsciiLetterUpper)) return null;
        var number = PostalCodes.NormaliseHouseNumber(houseNumber);
        var normalisedPostcode = PostalCodes.NormalisePostcode(postcode, code);
        return Line(street) is { } s && Line(city) is { } c && number is not null && normalisedPostcode is not null
            ? new PostalAddress(Line(name), s, number, normalisedPostcode, c, code)
            : null;
    }

    /// <summary>Reads the normalised form back; null for anything else (an email address, a phone number).</summary>
    public static PostalAddress? TryParse(string? value)
    {
        var lines = value?.Split('\n');
        if (lines is not { Length: 3 or 4 }) return null;
        var name = lines.Length == 4 ? lines[0] : null;
        var (street, place, country) = (lines[^3], lines[^2], lines[^1]);
        var numberAt = street.LastIndexOf(' ');
        var cityAt = place.IndexOf(' ', StringComparison.Ordinal);
        return numberAt > 0 && cityAt > 0
            ? Create(name, street[..numberAt], street[(numberAt + 1)..], place[..cityAt], place[(cityAt + 1)..], country)
            : null;
    }

    /// <summary>The lines as they are printed above a letter; the country only for a letter abroad.</summary>
    public IReadOnlyList<string> PrintedLines(string homeCountry)
    {
        var lines = new List<string>();
        if (Name is not null) lines.Add(Name);
        lines.Add($"{Street} {HouseNumber}");
        var postcode = Country == PostalCodes.Netherlands ? $"{Postcode[..4]} {Postcode[4..]}" : Postcode;
        lines.Add($"{postcode}  {City.ToUpper(CultureInfo.InvariantCulture)}");
        if (Country != homeCountry) lines.Add(CountryName(Country));
        return lines;
    }

    public override string ToString() =>
        string.Join('\n', new[] { Name, $"{Street} {HouseNumber}", $"{Postcode} {City}", Country }.OfType<string>());

    private static string CountryName(string code)
    {
        try
        {
            return new RegionInfo(code).EnglishName.ToUpperInvariant();
        }
        catch (ArgumentException)
        {
            return code;
        }
    }

    /// <summary>One trimmed line with runs of white space (line breaks included) made one space; null when empty.</summary>
    private static string? Line(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
