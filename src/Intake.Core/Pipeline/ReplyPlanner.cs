using Intake.Core.Model;

namespace Intake.Core.Pipeline;

/// <summary>Which replies a case owes after a message: on the channel it came from, plus the contact on file when unverified.</summary>
internal static class ReplyPlanner
{
    public sealed record PlannedReply(string Kind, string OutboxKind, string Channel, string Recipient);

    public static IEnumerable<PlannedReply> Plan(CaseRecord @case, InboundMessage message, Identification id)
    {
        var template = @case.Status switch
        {
            CaseStatuses.Accepted => "confirmation",
            CaseStatuses.NeedsIdentification => "identification-request",
            _ => "acknowledgement",
        };
        var channel = ReplyChannels.For(message.ReplyChannel ?? message.Channel, message.SenderAddress);
        yield return new PlannedReply(template, template, channel, message.SenderAddress);
        // Impersonation guard: tied only by typed details, so the customer on file hears of it too.
        if (!@case.Verified && id.Customer is { } customer && template == "confirmation")
        {
            if (customer.Email is { } email && email != message.SenderAddress)
                yield return new PlannedReply(template, "confirmation-contact", Channels.Email, email);
            else if (customer.Email is null && customer.Phone is { } phone && phone != message.SenderAddress)
                yield return new PlannedReply(template, "confirmation-contact", Channels.Sms, phone);
        }
    }
}
