using Intake.Core.Console;
using Intake.Core.Pipeline;
using Intake.Core.Templates;

namespace Intake.Webcare.Cases;

/// <summary>
/// Renders what staff send, as the pipeline would: the replies a decision owes (recipients from Core's
/// <see cref="ReplyPlanner"/>), and a staff member's own reply, their text above the staff-reply template's footer
/// (reference); each threaded to the message it answers.
/// </summary>
public sealed class StaffReplyComposer(ReplyTemplates templates, PipelineOptions options, TimeProvider time)
{
    public const string Template = "staff-reply";

    /// <summary>The replies a staff decision owes with <paramref name="template"/>, to the case's latest message.</summary>
    public IEnumerable<NewOutbound> Owed(LockedCase @case, string template)
    {
        if (@case.LatestMessage is not { } message) return [];
        return ReplyPlanner.Plan(@case, template).Select(reply =>
        {
            var rendered = Render(template, reply.Channel, @case, message);
            return new NewOutbound(@case.Id, reply.OutboxKind, reply.Channel, reply.Recipient, @case.Language, rendered.Template,
                rendered.Subject, rendered.Body, message.ThreadReference, time.GetUtcNow());
        });
    }

    public NewOutbound Compose(LockedCase @case, CaseMessage message, string text)
    {
        var channel = ReplyChannels.For(message.Channel, message.SenderAddress);
        var footer = Render(Template, channel, @case, message);
        var body = footer.Body.Length == 0 ? text.Trim() : text.Trim() + "\n\n" + footer.Body;
        return new NewOutbound(@case.Id, "reply", channel, message.SenderAddress, @case.Language, footer.Template, footer.Subject, body,
            message.ThreadReference, time.GetUtcNow());
    }

    private RenderedReply Render(string template, string channel, LockedCase @case, CaseMessage message) =>
        templates.Render(template, channel, @case.Language, ReplyComposer.For(@case, message.DisplayName, options.PublicBaseUrl));
}
