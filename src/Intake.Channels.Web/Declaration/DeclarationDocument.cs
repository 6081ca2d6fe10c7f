namespace Intake.Channels.Web.Declaration;

/// <summary>
/// The declaration as the customer may save it (§ 312k Abs. 3 BGB): a title, the facts as label and value (reference,
/// date and time of sending, what, kind, reason, requested date, end), the text as sent, and notes. One model for the
/// receipt page, the printable page and the PDF, so they never say different things.
/// </summary>
internal sealed record DeclarationDocument(
    string Language, string Title, IReadOnlyList<DeclarationLine> Lines, string TextHeading, string? Text, IReadOnlyList<string> Notes);

/// <summary>One fact of a declaration.</summary>
internal sealed record DeclarationLine(string Label, string Value);
