using System.Text.RegularExpressions;
using Intake.Channels.Email.Outbound;
using MimeKit;

namespace Intake.Channels.Email.Inbound;

/// <summary>A delivery status notification (bounce) about one of our replies: which one, and what became of it.</summary>
internal sealed partial record DeliveryReport(string OriginalMessageId, string Status, string Reason)
{
    /// <summary>The report when <paramref name="message"/> is a DSN (RFC 3464) or a plain bounce that quotes one of our Message-Ids.</summary>
    public static DeliveryReport? TryRead(MimeMessage message)
    {
        var report = message.BodyParts.OfType<MessageDeliveryStatus>().FirstOrDefault();
        var isReport = message.Body is MultipartReport or Multipart { ContentType.MediaSubtype: "report" } || report is not null;
        var original = FindOriginal(message);
        if (original is null || !OutboundMessageIds.IsOurs(original)) return null;
        if (!isReport && !LooksLikeBounce(message)) return null;

        var recipient = report?.StatusGroups.Skip(1).FirstOrDefault();
        var action = recipient?["Action"]?.Trim().ToLowerInvariant() ?? "failed";
        var status = action switch
        {
            "delivered" or "relayed" or "expanded" => Core.Model.OutboundStatuses.Delivered,
            "delayed" => "delayed",
            _ => Core.Model.OutboundStatuses.Failed,
        };
        var reason = recipient is null
            ? $"bounce: {message.Subject}"
            : $"bounce: {recipient["Status"]?.Trim()} {recipient["Diagnostic-Code"]?.Trim()}".TrimEnd();
        return new DeliveryReport(original, status, reason.Length > 500 ? reason[..500] : reason);
    }

    private static string? FindOriginal(MimeMessage message)
    {
        foreach (var part in message.BodyParts.OfType<MessagePart>())
            if (part.Message?.MessageId is { } id) return id;
        foreach (var part in message.BodyParts.OfType<TextPart>())
        {
            // text/rfc822-headers parts (and bounces that just quote the mail) carry the Message-Id as text.
            var match = OurMessageId().Match(part.Text ?? "");
            if (match.Success) return match.Groups["id"].Value;
        }
        return message.InReplyTo is { } inReplyTo && OutboundMessageIds.IsOurs(inReplyTo) ? inReplyTo : null;
    }

    private static bool LooksLikeBounce(MimeMessage message)
    {
        var from = message.From.Mailboxes.FirstOrDefault()?.Address ?? "";
        return from.StartsWith("mailer-daemon@", StringComparison.OrdinalIgnoreCase) || from.StartsWith("postmaster@", StringComparison.OrdinalIgnoreCase)
            || message.Headers[HeaderId.ReturnPath]?.Trim() == "<>";
    }

    [GeneratedRegex(@"Message-ID:\s*<(?<id>[^>\s]+)>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OurMessageId();
}
