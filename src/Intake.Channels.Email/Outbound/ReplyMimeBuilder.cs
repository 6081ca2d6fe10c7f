using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Intake.Channels.Email.Inbound;
using Intake.Core.Email;
using MimeKit;
using MimeKit.Utils;

namespace Intake.Channels.Email.Outbound;

/// <summary>Builds our reply: threaded on the customer's mail, marked auto-replied (RFC 3834), plain text with a simple HTML alternative.</summary>
internal static partial class ReplyMimeBuilder
{
    public static MimeMessage Build(OutboundMessage reply, MailboxAddress from, string messageId, RepliedMail? replied, DateTimeOffset now)
    {
        var message = new MimeMessage { MessageId = messageId, Date = now };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(reply.Recipient));
        message.Subject = Subject(reply, replied);
        if (reply.InReplyTo is { Length: > 0 } inReplyTo)
        {
            message.InReplyTo = inReplyTo;
            foreach (var id in ParentReferences(replied)) message.References.Add(id);
            if (!message.References.Contains(inReplyTo)) message.References.Add(inReplyTo);
        }
        message.Headers.Add(HeaderId.AutoSubmitted, "auto-replied");
        // Exchange and Outlook: no out-of-office or read receipts back to an automatic mail.
        message.Headers.Add("X-Auto-Response-Suppress", "All");
        message.Headers.Add(HeaderId.ContentLanguage, reply.Language);
        message.Body = new MultipartAlternative
        {
            new TextPart("plain") { Text = reply.Body },
            new TextPart("html") { Text = Html(reply.Body, reply.Language) },
        };
        return message;
    }

    /// <summary>"Re: " + the customer's subject with our reference in it; the template's subject when there is no mail to answer.</summary>
    private static string Subject(OutboundMessage reply, RepliedMail? replied)
    {
        if (replied?.Subject is not { Length: > 0 } subject)
            return reply.Subject ?? reply.CaseReference;
        var bare = ReplyPrefix().Replace(subject.Trim(), "");
        return "Re: " + CaseReferences.WithReference(bare, reply.CaseReference);
    }

    private static IEnumerable<string> ParentReferences(RepliedMail? replied)
    {
        if (replied is null) return [];
        using var stream = new MemoryStream(replied.Raw, writable: false);
        try
        {
            var headers = HeaderList.Load(stream);
            return headers[HeaderId.References] is { } value ? MimeUtils.EnumerateReferences(value).ToList() : [];
        }
        catch (FormatException)
        {
            return [];
        }
    }

    private static string Html(string text, string language)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(WebUtility.HtmlEncode(language)).Append("\"><body style=\"font-family:sans-serif\">");
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = paragraph.Trim('\n').Split('\n').Select(l => Url().Replace(WebUtility.HtmlEncode(l), m => $"<a href=\"{m.Value}\">{m.Value}</a>"));
            html.Append("<p>").Append(string.Join("<br>", lines)).Append("</p>");
        }
        return html.Append("</body></html>").ToString();
    }

    [GeneratedRegex(@"^((re|aw|antw|sv|vs)\s*(\[\d+\])?\s*:\s*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplyPrefix();

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.CultureInvariant)]
    private static partial Regex Url();
}
