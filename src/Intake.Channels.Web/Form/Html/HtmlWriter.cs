using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Intake.Channels.Web.Form.Html;

/// <summary>Writes HTML in which every text and attribute value is encoded; tags and attribute names are code constants.</summary>
internal sealed class HtmlWriter
{
    // All ranges allowed so "Jetzt kündigen" stays readable; markup characters are always encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder _html = new();

    /// <summary>An opening tag; attributes with a null value are left out.</summary>
    public HtmlWriter Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null) continue;
            _html.Append(' ').Append(name).Append("=\"").Append(Encoder.Encode(value)).Append('"');
        }
        _html.Append('>');
        return this;
    }

    public HtmlWriter Close(string tag)
    {
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element with encoded text content.</summary>
    public HtmlWriter Element(string tag, string? text, params ReadOnlySpan<(string Name, string? Value)> attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    public HtmlWriter Text(string? text)
    {
        if (!string.IsNullOrEmpty(text)) _html.Append(Encoder.Encode(text));
        return this;
    }

    /// <summary>Markup written as is: only for compile-time constants such as the doctype and the stylesheet.</summary>
    public HtmlWriter Trusted(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public override string ToString() => _html.ToString();
}
