using MimeKit;

namespace Intake.Channels.Email.Inbound;

/// <summary>Our mailboxes' sender addresses and our Message-Id pattern: mail from ourselves is never taken as input.</summary>
internal sealed class OwnAddresses(IEnumerable<string> fromAddresses)
{
    private readonly HashSet<string> _addresses = fromAddresses
        .Select(a => MailboxAddress.TryParse(a, out var parsed) ? parsed.Address.ToLowerInvariant() : null)
        .OfType<string>().ToHashSet(StringComparer.Ordinal);

    public bool IsOurs(MimeMessage message) =>
        message.From.Mailboxes.Any(m => _addresses.Contains(m.Address.ToLowerInvariant()))
        || (message.MessageId is { } id && Outbound.OutboundMessageIds.IsOurs(id));
}
