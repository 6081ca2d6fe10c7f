using MimeKit;

namespace Intake.Channels.Email.Inbound;

/// <summary>RFC 3834 loop and noise guard: mails that must never get an automatic reply, with the reason why.</summary>
internal static class MailNoise
{
    /// <summary>Why <paramref name="message"/> gets no reply, or null when it is a person writing to us.</summary>
    public static string? Reason(MimeMessage message, OwnAddresses own)
    {
        var headers = message.Headers;
        if (headers[HeaderId.AutoSubmitted] is { Length: > 0 } auto && !auto.Trim().StartsWith("no", StringComparison.OrdinalIgnoreCase))
            return $"auto-reply: Auto-Submitted {Clip(auto)}";
        if (headers["X-Autoreply"] is { Length: > 0 } || headers["X-Autorespond"] is { Length: > 0 })
            return "auto-reply: X-Autoreply";
        if (headers[HeaderId.Precedence]?.Trim().ToLowerInvariant() is "bulk" or "junk" or "list" or "auto_reply")
            return $"bulk: Precedence {Clip(headers[HeaderId.Precedence])}";
        if (headers[HeaderId.ListId] is { Length: > 0 })
            return "mailing list: List-Id";
        if (headers[HeaderId.ReturnPath] is { } returnPath && returnPath.Trim() is "<>" or "")
            return "null return path";
        var from = message.From.Mailboxes.FirstOrDefault()?.Address ?? "";
        var local = from.Split('@')[0];
        if (local.Equals("mailer-daemon", StringComparison.OrdinalIgnoreCase) || local.Equals("postmaster", StringComparison.OrdinalIgnoreCase))
            return "mailer-daemon";
        if (own.IsOurs(message))
            return "own mail";
        return null;
    }

    private static string Clip(string? value) => value is null ? "" : value.Trim().Length > 40 ? value.Trim()[..40] : value.Trim();
}
