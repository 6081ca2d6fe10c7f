using Intake.Channels.Web.Form.Html;
using Intake.Channels.Web.Form.Texts;

namespace Intake.Channels.Web.Declaration;

/// <summary>The declaration as a printable page: no navigation, only what the customer keeps.</summary>
internal static class DeclarationPage
{
    public static string Render(WebText text, DeclarationDocument declaration) =>
        PageLayout.Render(text, declaration.Title, null, html =>
        {
            html.Element("h1", declaration.Title).Facts(declaration.Lines);
            if (declaration.Text is { Length: > 0 } declared)
                html.Element("h2", declaration.TextHeading).Element("pre", declared);
            foreach (var note in declaration.Notes) html.Element("p", note);
        });

    /// <summary>The facts as a definition list, as the receipt page shows them too.</summary>
    public static HtmlWriter Facts(this HtmlWriter html, IReadOnlyList<DeclarationLine> lines)
    {
        html.Open("dl");
        foreach (var line in lines) html.Element("dt", line.Label).Element("dd", line.Value);
        return html.Close("dl");
    }
}
