using System.Globalization;

namespace Intake.Core.Languages;

/// <summary>The one list of languages Intake speaks: culture, templates, web form, console, manual intake and voice follow it.</summary>
public static class SupportedLanguages
{
    public const string Dutch = "nl";
    public const string English = "en";
    public const string German = "de";

    /// <summary>The language used when none is known or the one given is not supported.</summary>
    public const string Default = Dutch;

    /// <summary>Every supported language code, the default first.</summary>
    public static IReadOnlyList<string> All { get; } = [Dutch, English, German];

    private static readonly IReadOnlyDictionary<string, CultureInfo> Cultures = new Dictionary<string, CultureInfo>(StringComparer.Ordinal)
    {
        [Dutch] = CultureInfo.GetCultureInfo("nl-NL"),
        [English] = CultureInfo.GetCultureInfo("en-GB"),
        [German] = CultureInfo.GetCultureInfo("de-DE"),
    };

    private static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Dutch] = "Nederlands",
        [English] = "English",
        [German] = "Deutsch",
    };

    private static readonly IReadOnlyDictionary<string, string> LongDates = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Dutch] = "d MMMM yyyy",
        [English] = "d MMMM yyyy",
        [German] = "d. MMMM yyyy",
    };

    private static readonly IReadOnlyDictionary<string, string> SpokenDates = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Dutch] = "dddd d MMMM",
        [English] = "dddd d MMMM",
        [German] = "dddd, d. MMMM",
    };

    /// <summary>True for a supported code (exact, lower case).</summary>
    public static bool IsSupported(string? language) => language is not null && Cultures.ContainsKey(language);

    /// <summary>The supported code for <paramref name="language"/> ("DE", " en ", "de-AT" included); the default for anything else or nothing.</summary>
    public static string Normalise(string? language) => Find(language) ?? Default;

    /// <summary>The supported code for <paramref name="language"/>, or null when it is absent or not supported.</summary>
    public static string? Find(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return null;
        var code = language.Trim().ToLowerInvariant();
        var dash = code.IndexOfAny(['-', '_']);
        if (dash > 0) code = code[..dash];
        return Cultures.ContainsKey(code) ? code : null;
    }

    /// <summary>The culture dates and numbers of a text in this language are written in (the default's for an unknown language).</summary>
    public static CultureInfo CultureOf(string? language) => Cultures[Normalise(language)];

    /// <summary>How a date is written out in this language ("5 december 2026", "5. Dezember 2026"), for <see cref="CultureOf"/>.</summary>
    public static string LongDateFormatOf(string? language) => LongDates[Normalise(language)];

    /// <summary>How a day is read out in this language ("zaterdag 5 december", "Samstag, 5. Dezember").</summary>
    public static string SpokenDateFormatOf(string? language) => SpokenDates[Normalise(language)];

    /// <summary>A date written out in the language, month name included.</summary>
    public static string LongDate(DateOnly date, string? language) => date.ToString(LongDateFormatOf(language), CultureOf(language));

    /// <summary>The language's name in itself ("Deutsch"), as a language picker shows it.</summary>
    public static string NativeName(string? language) => Names[Normalise(language)];
}
