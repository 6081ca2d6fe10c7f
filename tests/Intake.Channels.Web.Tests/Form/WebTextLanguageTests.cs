using System.Reflection;
using Intake.Channels.Web.Form.Texts;
using Intake.Core.Languages;
using Intake.Core.Model;

namespace Intake.Channels.Web.Tests.Form;

/// <summary>The public pages' texts (Form/Texts/{language}.json) exist, whole, for every supported language.</summary>
public sealed class WebTextLanguageTests
{
    [Fact]
    public void Every_supported_language_has_web_form_texts_in_the_supported_order() =>
        Assert.Equal(SupportedLanguages.All, WebLanguages.All.Select(text => text.Language));

    [Fact]
    public void Every_web_text_is_filled_in_in_every_language()
    {
        var properties = typeof(WebText).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string));
        Assert.All(WebLanguages.All, text => Assert.All(properties, property =>
            Assert.False(string.IsNullOrWhiteSpace((string?)property.GetValue(text)), $"{text.Language}.json: {property.Name} is empty")));
    }

    [Fact]
    public void Every_kind_and_reason_has_a_label_in_every_language() =>
        Assert.All(WebLanguages.All, text =>
        {
            Assert.Equal(CancellationKinds.All.Order(StringComparer.Ordinal), text.Kinds.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(CancellationKinds.All.Order(StringComparer.Ordinal), text.KindHints.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(ReasonCodes.All.Order(StringComparer.Ordinal), text.Reasons.Keys.Order(StringComparer.Ordinal));
        });

    [Fact]
    public void The_language_facts_come_from_the_supported_languages()
    {
        var german = WebLanguages.Choose("de");

        Assert.Equal(("Deutsch", "de-DE", "d. MMMM yyyy"), (german.LanguageName, german.Culture.Name, german.DateFormat));
        Assert.Equal("Kündigen", german.SiteName);
    }
}
