using Intake.Core.Console;
using Intake.Core.Model;

namespace Intake.Core.Pipeline;

/// <summary>
/// Which replies a case owes, for the pipeline and for staff decisions alike: a template (the one the case's status calls
/// for after a message, or the one a staff decision sends) to the recipients of <see cref="ReplyRecipients"/>.
/// </summary>
public static class ReplyPlanner
{
    public sealed record PlannedReply(string Kind, string OutboxKind, string Channel, string Recipient);

    /// <summary>The replies after a message: acknowledgement, identification request or confirmation, by the case's status.</summary>
    public static IEnumerable<PlannedReply> Plan(CaseRecord @case, InboundMessage message, Identification id)
    {
        var template = @case.Status switch
        {
            CaseStatuses.Accepted => ReplyRecipients.Confirmation,
            CaseStatuses.NeedsIdentification => "identification-request",
            _ => "acknowledgement",
        };
        var onFile = id.Customer is { } customer ? new ContactOnFile(customer.Email, customer.Phone) : null;
        return Plan(template, message.ReplyChannel ?? message.Channel, message.SenderAddress, onFile, @case.Verified);
    }

    /// <summary>The replies a staff decision sends with <paramref name="template"/>: to the case's latest message (none without one).</summary>
    public static IEnumerable<PlannedReply> Plan(LockedCase @case, string template)
    {
        if (@case.LatestMessage is not { } message) return [];
        var onFile = @case.CustomerId is null ? null : new ContactOnFile(@case.CustomerEmail, @case.CustomerPhone);
        return Plan(template, message.Channel, message.SenderAddress, onFile, @case.Verified);
    }

    private static IEnumerable<PlannedReply> Plan(string template, string messageChannel, string senderAddress, ContactOnFile? onFile, bool verified) =>
        ReplyRecipients.For(template, messageChannel, senderAddress, onFile, verified)
            .Select(r => new PlannedReply(template, r.OutboxKind, r.Channel, r.Address));
}
