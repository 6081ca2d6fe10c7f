using Intake.Core.Console;
using Intake.Core.Model;
using Intake.Core.Pipeline;

namespace Intake.Core.Tests.Pipeline;

public sealed class ReplyPlannerTests
{
    private static readonly CaseMessage Email = new()
    {
        Id = 7, Channel = Channels.Email, SenderAddress = "jan@example.nl", BodyText = "Ik zeg op.", Intent = "cancel",
    };

    private static readonly LockedCase Case = new()
    {
        Id = 1, Reference = "C-2026-000001", Status = CaseStatuses.Accepted, OpenKey = "contract:1", ReceivedAt = DateTimeOffset.UnixEpoch,
        FirstChannel = Channels.Email, Verified = false, Language = "nl", WhyToken = "why", CustomerId = 3, CustomerEmail = "jan.de.vries@example.nl",
        LatestMessage = Email, Messages = [Email],
    };

    [Fact]
    public void A_staff_decision_plans_its_template_to_the_latest_message_and_an_unverified_confirmation_to_the_email_on_file()
    {
        var replies = ReplyPlanner.Plan(Case, ReplyRecipients.Confirmation).ToList();

        Assert.Equal(
        [
            new ReplyPlanner.PlannedReply("confirmation", "confirmation", Channels.Email, "jan@example.nl"),
            new ReplyPlanner.PlannedReply("confirmation", ReplyRecipients.ContactConfirmation, Channels.Email, "jan.de.vries@example.nl"),
        ], replies);
    }

    [Fact]
    public void A_staff_decision_on_a_case_without_a_message_plans_no_reply()
    {
        Assert.Empty(ReplyPlanner.Plan(Case with { LatestMessage = null, Messages = [] }, "identification-request"));
    }
}
