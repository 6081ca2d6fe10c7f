using Intake.Core.Model;
using Intake.Core.Pipeline;
using Intake.Core.Templates;
using Intake.Storage.Postgres.Webcare;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Webcare.Cases;

/// <summary>
/// Renders the replies a staff decision owes, as the pipeline would: to the customer's latest message on its channel,
/// and for an unverified confirmation also to the contact on file (impersonation guard).
/// </summary>
public sealed class ReplyPlan(ReplyTemplates templates, PipelineOptions options, TimeProvider time)
{
    public IEnumerable<NewOutbound> For(LockedCase @case, string template)
    {
        if (@case.LatestMessage is not { } message) yield break;
        var channel = ReplyChannels.For(message.Channel, message.SenderAddress);
        yield return Render(@case, message, template, template, channel, message.SenderAddress);
        if (@case.Verified || @case.CustomerId is null || template != "confirmation") yield break;
        if (@case.CustomerEmail is { } email && email != message.SenderAddress)
            yield return Render(@case, message, template, "confirmation-contact", ChannelValues.Email, email);
        else if (@case.CustomerEmail is null && @case.CustomerPhone is { } phone && phone != message.SenderAddress)
            yield return Render(@case, message, template, "confirmation-contact", ChannelValues.Sms, phone);
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
