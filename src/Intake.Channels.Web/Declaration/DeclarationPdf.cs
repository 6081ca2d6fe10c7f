using Intake.Documents;

namespace Intake.Channels.Web.Declaration;

/// <summary>Writes a <see cref="DeclarationDocument"/> as an A4 PDF with real, searchable text.</summary>
internal static class DeclarationPdf
{
    public static byte[] Write(DeclarationDocument declaration, DateTimeOffset created)
    {
        using var pdf = new PdfTextLayout(declaration.Title, declaration.Language, created);
        pdf.Heading(declaration.Title);
        pdf.Gap();
        foreach (var line in declaration.Lines) pdf.Row(line.Label, line.Value);
        if (declaration.Text is { Length: > 0 } text)
        {
            pdf.Gap();
            pdf.Paragraph(declaration.TextHeading, bold: true);
            pdf.Paragraph(text);
        }
        pdf.Gap();
        foreach (var note in declaration.Notes) pdf.Paragraph(note);
        return pdf.ToPdf();
    }
}
