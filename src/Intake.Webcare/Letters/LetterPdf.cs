using Intake.Core.Identity;
using Intake.Core.Languages;
using Intake.Core.Outbox;
using Intake.Documents;

namespace Intake.Webcare.Letters;

/// <summary>A reply as a printable A4 letter: our address, the recipient's address block, the date, the subject and the reply's text.</summary>
internal static class LetterPdf
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static byte[] Write(OutboundMessage reply, PostalAddress recipient, LetterOptions options, DateTimeOffset date)
    {
        var language = SupportedLanguages.Normalise(reply.Language);
        using var pdf = new PdfTextLayout(reply.Subject ?? reply.CaseReference, language, date);
        foreach (var line in options.ReturnAddress) pdf.Paragraph(line);
        pdf.Gap();
        pdf.Gap();
        foreach (var line in recipient.PrintedLines(options.HomeCountry)) pdf.Paragraph(line);
        pdf.Gap();
        pdf.Gap();
        pdf.Paragraph(TimeZoneInfo.ConvertTime(date, Amsterdam).ToString(SupportedLanguages.LongDateFormatOf(language), SupportedLanguages.CultureOf(language)));
        pdf.Gap();
        if (reply.Subject is { } subject)
        {
            pdf.Paragraph(subject, bold: true);
            pdf.Gap();
        }
        pdf.Paragraph(reply.Body);
        return pdf.ToPdf();
    }
}
