using Intake.Core.Console;
using Intake.Core.Pipeline;

namespace Intake.Webcare.Cases;

/// <summary>A staff member's reply: their text above the staff-reply template's footer (reference), threaded to the message it answers.</summary>
public sealed class StaffReplyComposer(ReplyPlan plan, TimeProvider time)
{
    public const string Template = "staff-reply";

    public NewOutbound Compose(LockedCase @case, CaseMessage message, string text)
    {
        var channel = ReplyChannels.For(message.Channel, message.SenderAddress);
        var footer = plan.Render(Template, channel, @case, message);
        var body = footer.Body.Length == 0 ? text.Trim() : text.Trim() + "\n\n" + footer.Body;
        return new NewOutbound(@case.Id, "reply", channel, message.SenderAddress, @case.Language, footer.Template, footer.Subject, body,
            message.ThreadReference, time.GetUtcNow());
    }
}
