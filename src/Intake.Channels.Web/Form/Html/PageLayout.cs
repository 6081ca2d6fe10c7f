using Intake.Channels.Web.Form.Texts;

namespace Intake.Channels.Web.Form.Html;

/// <summary>The frame of every public page: language, viewport for phones, stylesheet and the language switcher.</summary>
internal static class PageLayout
{
    /// <summary>A full page; <paramref name="languageHref"/> gives the same page's address in another language.</summary>
    public static string Render(WebText text, string title, Func<string, string>? languageHref, Action<HtmlWriter> body)
    {
        var html = new HtmlWriter()
            .Trusted("<!DOCTYPE html>")
            .Open("html", ("lang", text.Language))
            .Open("head")
            .Open("meta", ("charset", "utf-8"))
            .Open("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"))
            .Element("title", $"{title} – {text.SiteName}")
            .Open("style").Trusted(PageStyle.Css).Close("style")
            .Close("head")
            .Open("body")
            .Open("header")
            .Element("p", text.SiteName);
        if (languageHref is not null)
        {
            html.Open("nav", ("aria-label", text.LanguageSwitch));
            foreach (var other in WebLanguages.All.Where(other => other != text))
                html.Element("a", other.LanguageName, ("href", languageHref(other.Language)), ("lang", other.Language), ("hreflang", other.Language));
            html.Close("nav");
        }
        html.Close("header").Open("main");
        body(html);
        return html.Close("main").Close("body").Close("html").ToString();
    }

    /// <summary>A page that only tells something: a title and a few paragraphs.</summary>
    public static string Message(WebText text, string title, params IReadOnlyList<string> paragraphs) =>
        Render(text, title, null, html =>
        {
            html.Element("h1", title);
            foreach (var paragraph in paragraphs) html.Element("p", paragraph);
        });
}
