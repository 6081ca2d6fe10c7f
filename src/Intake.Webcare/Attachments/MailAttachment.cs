namespace Intake.Webcare.Attachments;

/// <summary>One attachment of a raw mail: its number (1-based, in the order the message text lists them), name, type and size.</summary>
public sealed record MailAttachment(int Number, string FileName, string ContentType, long Bytes)
{
    /// <summary>Images and PDFs are shown in the browser; anything else is only ever a download.</summary>
    public static IReadOnlySet<string> InlineTypes { get; } =
        new HashSet<string>(["image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf"], StringComparer.Ordinal);

    public bool Inline => InlineTypes.Contains(ContentType);

    public string Size => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Math.Max(1, Bytes / 1024)} KB");
}
