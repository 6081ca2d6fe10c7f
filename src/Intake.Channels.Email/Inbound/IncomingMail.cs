namespace Intake.Channels.Email.Inbound;

/// <summary>One mail as fetched from a mailbox: its raw bytes (only the headers when it was over the size limit) and when the server received it.</summary>
internal sealed record IncomingMail(string Mailbox, byte[] Raw, DateTimeOffset ReceivedAt, long Size, bool Truncated)
{
    /// <summary>The raw_payload content type; the parameter says which mailbox the mail came in on (the reply leaves from it).</summary>
    public string ContentType => $"{(Truncated ? HeadersOnly : "message/rfc822")}; x-intake-mailbox=\"{Mailbox}\"";

    /// <summary>Content type of a mail stored by its headers only (over the size limit).</summary>
    public const string HeadersOnly = "text/rfc822-headers";

    /// <summary>The mailbox named in a stored content type, or null.</summary>
    public static string? MailboxOf(string contentType)
    {
        const string marker = "x-intake-mailbox=\"";
        var start = contentType.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0) return null;
        start += marker.Length;
        var end = contentType.IndexOf('"', start);
        return end > start ? contentType[start..end] : null;
    }
}
