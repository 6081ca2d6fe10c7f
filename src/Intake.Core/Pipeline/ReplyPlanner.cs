using Intake.Core.Model;

namespace Intake.Core.Pipeline;

/// <summary>Which replies a case owes after a message: the template its status calls for, to the recipients of <see cref="ReplyRecipients"/>.</summary>
internal static class ReplyPlanner
{
    public sealed record PlannedReply(string Kind, string OutboxKind, string Channel, string Recipient);

    public static IEnumerable<PlannedReply> Plan(CaseRecord @case, InboundMessage message, Identification id)
    {
        var template = @case.Status switch
        {
            CaseStatuses.Accepted => ReplyRecipients.Confirmation,
            CaseStatuses.NeedsIdentification => "identification-request",
            _ => "acknowledgement",
        };
        var onFile = id.Customer is { } customer ? new ContactOnFile(customer.Email, customer.Phone) : null;
        return ReplyRecipients.For(template, message.ReplyChannel ?? message.Channel, message.SenderAddress, onFile, @case.Verified)
            .Select(r => new PlannedReply(template, r.OutboxKind, r.Channel, r.Address));
    }
}
