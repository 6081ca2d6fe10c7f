using Intake.Core.Identity;
using Intake.Core.Model;

namespace Intake.Core.Pipeline;

/// <summary>Which replies a case owes after a message: on the channel it came from, plus the contact on file when unverified.</summary>
internal static class ReplyPlanner
{
    public sealed record PlannedReply(string Kind, string OutboxKind, string Channel, string Recipient);

    public static IEnumerable<PlannedReply> Plan(CaseRecord @case, InboundMessage message, Identification id, bool verified)
    {
        var template = @case.Status switch
        {
            CaseStatuses.Accepted => "confirmation",
            CaseStatuses.NeedsIdentification => "identification-request",
            _ => "acknowledgement",
        };
        var channel = ReplyChannelFor(message);
        yield return new PlannedReply(template, template, channel, message.SenderAddress);
        // Impersonation guard: tied only by typed details, so the customer on file hears of it too.
        if (!verified && id.Customer is { } customer && template == "confirmation")
        {
            if (customer.Email is { } email && email != message.SenderAddress)
                yield return new PlannedReply(template, "confirmation-contact", Channels.Email, email);
            else if (customer.Email is null && customer.Phone is { } phone && phone != message.SenderAddress)
                yield return new PlannedReply(template, "confirmation-contact", Channels.Sms, phone);
        }
    }

    private static string ReplyChannelFor(InboundMessage message)
    {
        var channel = message.ReplyChannel ?? message.Channel;
        return channel switch
        {
            // A call is confirmed in writing: by SMS to the calling number.
            Channels.Voice => Channels.Sms,
            Channels.Web or Channels.Api or Channels.Manual =>
                SenderAddress.KindOf(message.SenderAddress) == IdentityKinds.Phone ? Channels.Sms : Channels.Email,
            _ => channel,
        };
    }
}
