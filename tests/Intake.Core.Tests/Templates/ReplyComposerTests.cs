using Intake.Core.Configuration;
using Intake.Core.Console;
using Intake.Core.Pipeline;
using Intake.Core.Templates;

namespace Intake.Core.Tests.Templates;

public sealed class ReplyComposerTests
{
    private static readonly ReplyTemplates Templates = new(Path.Combine(ChannelConfigDirectory.Find(), "templates"));
    private static readonly DateTimeOffset Received = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void The_why_link_is_the_why_page_of_the_cases_token_under_the_public_base_url_with_or_without_a_trailing_slash()
    {
        Assert.Equal("https://opzeggen.example.nl/why/abc_-1", ReplyComposer.WhyUrl("https://opzeggen.example.nl/", "abc_-1"));
        Assert.Equal("https://opzeggen.example.nl/why/abc_-1", ReplyComposer.WhyUrl("https://opzeggen.example.nl", "abc_-1"));
    }

    [Fact]
    public void A_pipeline_case_and_the_same_case_locked_by_staff_make_the_same_model()
    {
        var record = new CaseRecord
        {
            Reference = "C-2026-000123", Status = "Accepted", Kind = "ordinary", OpenKey = "contract:1", ReceivedAt = Received, FirstChannel = "email",
            RequestedDate = new DateOnly(2027, 1, 31), EffectiveDate = new DateOnly(2027, 1, 31), Reason = "price", Verified = true, Language = "nl", WhyToken = "tok",
        };
        var locked = new LockedCase
        {
            Id = 1, Reference = "C-2026-000123", Status = "Accepted", Kind = "ordinary", OpenKey = "contract:1", ReceivedAt = Received, FirstChannel = "email",
            RequestedDate = new DateOnly(2027, 1, 31), EffectiveDate = new DateOnly(2027, 1, 31), Reason = "price", Verified = true, Language = "nl", WhyToken = "tok",
            Product = "Internet 500",
        };

        var fromPipeline = ReplyComposer.For(record, "Internet 500", "Jan", "https://opzeggen.example.nl/");
        var fromConsole = ReplyComposer.For(locked, "Jan", "https://opzeggen.example.nl/");

        Assert.Equal(fromPipeline, fromConsole);
        Assert.Equal(new ReplyModel("C-2026-000123", "Internet 500", Received, new DateOnly(2027, 1, 31), "ordinary", "https://opzeggen.example.nl/why/tok", "Jan",
            new DateOnly(2027, 1, 31), "price", "Accepted"), fromPipeline);
    }

    [Fact]
    public void A_case_without_a_token_or_without_a_base_url_gets_no_why_link_and_the_confirmation_then_shows_none()
    {
        var withLink = ReplyComposer.For(new ReplyCase("C-2026-000123", null, Received, null, "ordinary", "tok"), "Jan", "https://opzeggen.example.nl");
        var noToken = ReplyComposer.For(new ReplyCase("C-2026-000123", null, Received, null, "ordinary", WhyToken: null), "Jan", "https://opzeggen.example.nl");
        var noBase = ReplyComposer.For(new ReplyCase("C-2026-000123", null, Received, null, "ordinary", "tok"), "Jan");

        Assert.Null(noToken.WhyUrl);
        Assert.Null(noBase.WhyUrl);
        Assert.Contains("https://opzeggen.example.nl/why/tok", Templates.Render("confirmation", "email", "nl", withLink).Body, StringComparison.Ordinal);
        Assert.DoesNotContain("/why/", Templates.Render("confirmation", "email", "nl", noToken).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_public_reply_model_holds_the_reference_and_nothing_else_of_the_case()
    {
        Assert.Equal(new ReplyModel("C-2026-000123", null, default, null, null, null, null), ReplyComposer.ReferenceOnly("C-2026-000123"));
    }
}
