using System.Security.Cryptography;
using System.Text;
using MimeKit;

namespace Intake.Channels.Email.Inbound;

/// <summary>
/// The provider message id of a mail: Message-Id plus a hash of From, Date, Subject and body. The same mail
/// re-fetched, rescanned or delivered to two mailboxes has one key; a reused Message-Id with other content does not.
/// </summary>
internal static class EmailDedupeKey
{
    public static string For(MimeMessage message, string bodyText)
    {
        var content = string.Join('\n',
            message.From.Mailboxes.FirstOrDefault()?.Address.ToLowerInvariant() ?? "",
            message.Headers[HeaderId.Date]?.Trim() ?? "",
            message.Subject?.Trim() ?? "",
            bodyText.Trim());
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
        return message.MessageId is { Length: > 0 } id ? $"{id}#{hash[..24]}" : $"sha256:{hash}";
    }
}
