namespace Intake.Channels.Email.Inbound;

/// <summary>What we keep of an attachment besides the raw mail: its name, type and size.</summary>
internal sealed record MailAttachment(string FileName, string ContentType, long Bytes)
{
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[attachment: {FileName} ({ContentType}, {Math.Max(1, Bytes / 1024)} KB)]");
}
