using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Intake.Documents;

/// <summary>
/// Lays text out on A4 pages top to bottom (headings, paragraphs, label/value rows), wrapping at word boundaries and
/// starting a new page when one is full, and saves it as a PDF with real, searchable text in the embedded DejaVu Sans.
/// </summary>
public sealed class PdfTextLayout : IDisposable
{
    private const double Margin = 56;
    private const double LabelWidth = 210;
    private readonly PdfDocument _document = new();
    private readonly XFont _heading;
    private readonly XFont _bold;
    private readonly XFont _body;
    private XGraphics? _graphics;
    private PdfPage? _page;
    private double _y;

    public PdfTextLayout(string title, string language, DateTimeOffset created)
    {
        EmbeddedFontResolver.EnsureInstalled();
        _heading = new XFont(EmbeddedFontResolver.Family, 16, XFontStyleEx.Bold);
        _bold = new XFont(EmbeddedFontResolver.Family, 10.5, XFontStyleEx.Bold);
        _body = new XFont(EmbeddedFontResolver.Family, 10.5, XFontStyleEx.Regular);
        _document.Info.Title = title;
        _document.Info.CreationDate = created.UtcDateTime;
        _document.Language = language;
    }

    public void Heading(string text) => Write(text, _heading, 0, null);

    /// <summary>Text that may hold line breaks: each line wraps on its own, an empty line leaves a gap.</summary>
    public void Paragraph(string text, bool bold = false)
    {
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.Trim().Length == 0) Gap();
            else Write(line, bold ? _bold : _body, 0, null);
        }
    }

    /// <summary>A bold label with its value beside it.</summary>
    public void Row(string label, string value)
    {
        Graphics();
        var top = _y;
        Write(label, _bold, 0, LabelWidth - 8);
        var afterLabel = _y;
        _y = top;
        Write(value, _body, LabelWidth, null);
        _y = Math.Max(_y, afterLabel);
    }

    public void Gap() => _y += 10;

    public byte[] ToPdf()
    {
        Graphics();
        _graphics!.Dispose();
        _graphics = null;
        using var stream = new MemoryStream();
        _document.Save(stream, false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _document.Dispose();
    }

    private void Write(string text, XFont font, double indent, double? width)
    {
        var graphics = Graphics();
        var available = width ?? _page!.Width.Point - 2 * Margin - indent;
        var height = font.GetHeight() * 1.2;
        foreach (var line in Wrap(graphics, text, font, available))
        {
            if (_y + height > _page!.Height.Point - Margin) graphics = NewPage();
            graphics.DrawString(line, font, XBrushes.Black, new XPoint(Margin + indent, _y + font.GetHeight()));
            _y += height;
        }
    }

    private XGraphics Graphics() => _graphics ?? NewPage();

    private XGraphics NewPage()
    {
        _graphics?.Dispose();
        _page = _document.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        _y = Margin;
        return _graphics = XGraphics.FromPdfPage(_page);
    }

    private static IEnumerable<string> Wrap(XGraphics graphics, string text, XFont font, double width)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && graphics.MeasureString(candidate, font).Width > width)
            {
                yield return line;
                line = word;
            }
            else line = candidate;
        }
        yield return line;
    }
}
