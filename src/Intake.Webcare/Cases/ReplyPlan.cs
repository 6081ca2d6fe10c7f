using Intake.Core.Console;
using Intake.Core.Pipeline;
using Intake.Core.Templates;

namespace Intake.Webcare.Cases;

/// <summary>
/// Renders the replies a staff decision owes, as the pipeline would: to the customer's latest message, to the
/// recipients of <see cref="ReplyRecipients"/>.
/// </summary>
public sealed class ReplyPlan(ReplyTemplates templates, PipelineOptions options, TimeProvider time)
{
    public IEnumerable<NewOutbound> For(LockedCase @case, string template)
    {
        if (@case.LatestMessage is not { } message) return [];
        var onFile = @case.CustomerId is null ? null : new ContactOnFile(@case.CustomerEmail, @case.CustomerPhone);
        return ReplyRecipients.For(template, message.Channel, message.SenderAddress, onFile, @case.Verified)
            .Select(r => Render(@case, message, template, r.OutboxKind, r.Channel, r.Address));
    }

    public ReplyModel Model(LockedCase @case, CaseMessage message) => new(
        @case.Reference, @case.Product, @case.ReceivedAt, @case.EffectiveDate, @case.Kind,
        $"{options.PublicBaseUrl.TrimEnd('/')}/why/{@case.WhyToken}", message.DisplayName, @case.RequestedDate, @case.Reason, @case.Status);

    public RenderedReply Render(string template, string channel, LockedCase @case, CaseMessage message) =>
        templates.Render(template, channel, @case.Language, Model(@case, message));

    private NewOutbound Render(LockedCase @case, CaseMessage message, string template, string outboxKind, string channel, string recipient)
    {
        var rendered = Render(template, channel, @case, message);
        return new NewOutbound(@case.Id, outboxKind, channel, recipient, @case.Language, rendered.Template, rendered.Subject, rendered.Body,
            message.ThreadReference, time.GetUtcNow());
    }
}
