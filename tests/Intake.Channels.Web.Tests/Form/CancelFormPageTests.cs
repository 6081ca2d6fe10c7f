using System.Net;
using System.Text.RegularExpressions;

namespace Intake.Channels.Web.Tests.Form;

public sealed class CancelFormPageTests
{
    [Fact]
    public async Task The_form_is_Dutch_by_default_with_one_button_labelled_Nu_opzeggen()
    {
        await using var host = await WebFormHost.StartAsync();
        using var browser = host.NewBrowser();

        var page = await browser.GetAsync("/cancel");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("text/html; charset=utf-8", page.ContentType);
        Assert.Contains("<html lang=\"nl\">", page.Html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(page.Html, "<button"));
        Assert.Contains("<button type=\"submit\">Nu opzeggen</button>", page.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Cancel now", "Type of cancellation")]
    [InlineData("de", "Jetzt kündigen", "Art der Kündigung")]
    [InlineData("nl", "Nu opzeggen", "Soort opzegging")]
    public async Task The_lang_parameter_switches_the_whole_form(string language, string button, string kindLegend)
    {
        await using var host = await WebFormHost.StartAsync();
        using var browser = host.NewBrowser();

        var page = await browser.GetAsync($"/cancel?lang={language}");

        Assert.Contains($"<html lang=\"{language}\">", page.Html, StringComparison.Ordinal);
        Assert.Contains($"<button type=\"submit\">{button}</button>", page.Html, StringComparison.Ordinal);
        Assert.Equal(language, page.Hidden("lang"));
        Assert.Contains($"<legend>{kindLegend}</legend>", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switcher_links_to_the_other_two_languages()
    {
        await using var host = await WebFormHost.StartAsync();
        using var browser = host.NewBrowser();

        var page = await browser.GetAsync("/cancel?lang=de");

        Assert.Contains("href=\"/cancel?lang=nl\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/cancel?lang=en\"", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/cancel?lang=de\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_carries_an_antiforgery_token_and_a_fresh_submission_id_each_time()
    {
        await using var host = await WebFormHost.StartAsync();
        using var browser = host.NewBrowser();

        var first = await browser.GetAsync("/cancel");
        var second = await browser.GetAsync("/cancel");

        Assert.False(string.IsNullOrEmpty(first.Hidden("__RequestVerificationToken")));
        Assert.True(Guid.TryParse(first.Hidden("submission"), out _));
        Assert.NotEqual(first.Hidden("submission"), second.Hidden("submission"));
    }

    [Fact]
    public async Task Every_visible_field_has_a_label_and_ordinary_cancellation_is_preselected()
    {
        await using var host = await WebFormHost.StartAsync();
        using var browser = host.NewBrowser();

        var page = await browser.GetAsync("/cancel");

        var ids = Regex.Matches(page.Html, "<(?:input|textarea|select) (?:type=\"(?!hidden)[^\"]*\" )?id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.True(ids.Count >= 12, $"only {ids.Count} fields found");
        Assert.All(ids, id => Assert.Contains($"<label for=\"{id}\">", page.Html, StringComparison.Ordinal));
        Assert.Contains("id=\"f-kind-ordinary\" name=\"kind\" value=\"ordinary\" checked=\"checked\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_forbid_framing_scripts_and_caching()
    {
        await using var host = await WebFormHost.StartAsync();
        using var client = host.NewClient();

        using var response = await client.GetAsync("/cancel");

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }
}
