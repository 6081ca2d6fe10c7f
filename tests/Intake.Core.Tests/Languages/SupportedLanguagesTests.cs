using Intake.Core.Languages;

namespace Intake.Core.Tests.Languages;

public sealed class SupportedLanguagesTests
{
    [Fact]
    public void Dutch_english_and_german_are_supported_and_dutch_is_the_default()
    {
        Assert.Equal(["nl", "en", "de"], SupportedLanguages.All);
        Assert.Equal("nl", SupportedLanguages.Default);
        Assert.Equal(SupportedLanguages.Default, SupportedLanguages.All[0]);
    }

    [Theory]
    [InlineData(null, "nl")]
    [InlineData("", "nl")]
    [InlineData("fr", "nl")]
    [InlineData("klingon", "nl")]
    [InlineData("de", "de")]
    [InlineData(" DE ", "de")]
    [InlineData("de-AT", "de")]
    [InlineData("en_GB", "en")]
    [InlineData("nl", "nl")]
    public void An_unknown_or_absent_language_becomes_the_default(string? given, string expected) =>
        Assert.Equal(expected, SupportedLanguages.Normalise(given));

    [Theory]
    [InlineData("nl", "nl-NL", "5 december 2026")]
    [InlineData("en", "en-GB", "5 December 2026")]
    [InlineData("de", "de-DE", "5. Dezember 2026")]
    [InlineData("fr", "nl-NL", "5 december 2026")]
    public void A_date_is_written_in_the_culture_of_its_language(string language, string culture, string written)
    {
        Assert.Equal(culture, SupportedLanguages.CultureOf(language).Name);
        Assert.Equal(written, SupportedLanguages.LongDate(new DateOnly(2026, 12, 5), language));
    }

    [Fact]
    public void Every_language_has_a_name_in_itself() =>
        Assert.Equal(["Nederlands", "English", "Deutsch"], SupportedLanguages.All.Select(SupportedLanguages.NativeName));
}
