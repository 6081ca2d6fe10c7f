using Intake.Core.Identity;
using Intake.Core.Model;

namespace Intake.Core.Pipeline;

/// <summary>
/// Who a reply to a message goes to, for the pipeline and for staff decisions alike: the sender on the channel of
/// <see cref="ReplyChannels"/>; a letter is answered at the email address or phone number on file when there is one,
/// and by letter only when no electronic address exists; and when the case is tied only by typed details
/// (unverified), a confirmation also goes to the contact on file (impersonation guard).
/// </summary>
public static class ReplyRecipients
{
    public sealed record Recipient(string OutboxKind, string Channel, string Address);

    public const string Confirmation = "confirmation";
    public const string ContactConfirmation = "confirmation-contact";

    public static IEnumerable<Recipient> For(string template, string messageChannel, string senderAddress, ContactOnFile? onFile, bool verified)
    {
        var channel = ReplyChannels.For(messageChannel, senderAddress);
        var address = senderAddress;
        if (SenderAddress.KindOf(senderAddress) == IdentityKinds.Postal && onFile is { } electronic && (electronic.Email ?? electronic.Phone) is { } onRecord)
            (channel, address) = (electronic.Email is null ? Channels.Sms : Channels.Email, onRecord);
        yield return new Recipient(template, channel, address);
        if (verified || onFile is null || template != Confirmation) yield break;
        if (onFile.Email is { } email && email != address)
            yield return new Recipient(ContactConfirmation, Channels.Email, email);
        else if (onFile.Email is null && onFile.Phone is { } phone && phone != address)
            yield return new Recipient(ContactConfirmation, Channels.Sms, phone);
    }
}
