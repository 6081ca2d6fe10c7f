using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Intake.Channels.Web.Declaration;

/// <summary>Writes a <see cref="DeclarationDocument"/> as an A4 PDF with real, searchable text (PDFsharp, embedded DejaVu Sans).</summary>
internal static class DeclarationPdf
{
    private const double Margin = 56;
    private const double LabelWidth = 210;

    public static byte[] Write(DeclarationDocument declaration, DateTimeOffset created)
    {
        DeclarationFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = declaration.Title;
        document.Info.CreationDate = created.UtcDateTime;
        document.Language = declaration.Language;
        var writer = new PageWriter(document);
        writer.Paragraph(declaration.Title, writer.Heading, 0);
        writer.Gap();
        foreach (var line in declaration.Lines) writer.Row(line.Label, line.Value);
        if (declaration.Text is { Length: > 0 } text)
        {
            writer.Gap();
            writer.Paragraph(declaration.TextHeading, writer.Bold, 0);
            foreach (var paragraph in text.Split('\n')) writer.Paragraph(paragraph, writer.Body, 0);
        }
        writer.Gap();
        foreach (var note in declaration.Notes) writer.Paragraph(note, writer.Body, 0);
        writer.Close();
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    /// <summary>Lays text out top to bottom, wrapping at word boundaries and starting a new page when one is full.</summary>
    private sealed class PageWriter(PdfDocument document)
    {
        public XFont Heading { get; } = new(DeclarationFontResolver.Family, 16, XFontStyleEx.Bold);
        public XFont Bold { get; } = new(DeclarationFontResolver.Family, 10.5, XFontStyleEx.Bold);
        public XFont Body { get; } = new(DeclarationFontResolver.Family, 10.5, XFontStyleEx.Regular);
        private XGraphics? _graphics;
        private PdfPage? _page;
        private double _y;

        public void Row(string label, string value)
        {
            var top = _y;
            Paragraph(label, Bold, 0, LabelWidth - 8);
            var afterLabel = _y;
            _y = top;
            Paragraph(value, Body, LabelWidth);
            _y = Math.Max(_y, afterLabel);
        }

        public void Gap() => _y += 10;

        public void Paragraph(string text, XFont font, double indent, double? width = null)
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

        public void Close() => _graphics?.Dispose();

        private XGraphics Graphics() => _graphics ?? NewPage();

        private XGraphics NewPage()
        {
            _graphics?.Dispose();
            _page = document.AddPage();
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
}
