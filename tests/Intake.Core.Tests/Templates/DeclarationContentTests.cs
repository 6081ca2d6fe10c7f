using Intake.Core.Configuration;
using Intake.Core.Model;
using Intake.Core.Templates;

namespace Intake.Core.Tests.Templates;

/// <summary>§ 312k Abs. 4 BGB and art. 11a: every confirmation carries the declaration's content, receipt date and time and the end.</summary>
public sealed class DeclarationContentTests
{
    private static readonly ReplyTemplates Templates = new(Path.Combine(ChannelConfigDirectory.Find(), "templates"));
    private static readonly DateTimeOffset ReceivedAt = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);

    private static ReplyModel Model(string kind, string? reason = null, string status = CaseStatuses.Accepted) =>
        new("C-2026-000123", "Glasvezel", ReceivedAt, status == CaseStatuses.Accepted ? new DateOnly(2026, 12, 31) : null, kind, null, "Jan",
            new DateOnly(2026, 12, 31), reason, status);

    [Theory]
    [InlineData("nl", "email", "herroeping", "31 december 2026", "10:30")]
    [InlineData("en", "email", "withdrawal", "31 December 2026", "10:30")]
    [InlineData("de", "email", "Widerruf", "31. Dezember 2026", "10:30")]
    [InlineData("nl", "x", "herroeping", "31 december 2026", "10:30")]
    [InlineData("en", "x", "withdrawal", "31 December 2026", "10:30")]
    [InlineData("de", "x", "Widerruf", "31. Dezember 2026", "10:30")]
    [InlineData("nl", "sms", "Herroeping", "31 december 2026", "24-11-2026 10:30")]
    [InlineData("en", "sms", "Withdrawal", "31 December 2026", "24-11-2026 10:30")]
    [InlineData("de", "sms", "Widerruf", "31. Dezember 2026", "24-11-2026 10:30")]
    public void A_withdrawal_is_acknowledged_as_a_withdrawal_with_receipt_time_requested_date_and_end_on_every_channel(
        string language, string channel, string word, string date, string time)
    {
        var reply = Templates.Render("confirmation", channel, language, Model(CancellationKinds.Withdrawal));
        var all = reply.Subject + "\n" + reply.Body;

        Assert.Contains(word, all, StringComparison.Ordinal);
        Assert.Contains("C-2026-000123", all, StringComparison.Ordinal);
        Assert.Contains(time, all, StringComparison.Ordinal);
        Assert.Contains(date, all, StringComparison.Ordinal);
        Assert.DoesNotContain("{%", all, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "email", "Reden: de prijs")]
    [InlineData("en", "email", "Reason: the price")]
    [InlineData("de", "email", "Grund: der Preis")]
    [InlineData("nl", "sms", "Reden: de prijs")]
    [InlineData("de", "x", "außerordentliche Kündigung")]
    public void An_extraordinary_cancellation_names_its_reason(string language, string channel, string expected)
    {
        var reply = Templates.Render("confirmation", channel, language, Model(CancellationKinds.Extraordinary, ReasonCodes.Price));

        Assert.Contains(expected, reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ordinary_cancellation_shows_no_reason_even_when_one_was_given()
    {
        var reply = Templates.Render("confirmation", "email", "nl", Model(CancellationKinds.Ordinary, ReasonCodes.Price));

        Assert.DoesNotContain("Reden:", reply.Body, StringComparison.Ordinal);
        Assert.Contains("Gevraagde einddatum: 31 december 2026", reply.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "email", "Wat er nu gebeurt")]
    [InlineData("en", "email", "What happens next")]
    [InlineData("de", "email", "Wie es weitergeht")]
    [InlineData("nl", "x", "Wat er nu gebeurt")]
    [InlineData("en", "x", "What happens next")]
    [InlineData("de", "x", "Wie es weitergeht")]
    [InlineData("nl", "sms", "een medewerker beoordeelt")]
    [InlineData("en", "sms", "member of staff will review")]
    [InlineData("de", "sms", "Ein Mitarbeiter prüft")]
    public void A_withdrawal_in_review_is_acknowledged_with_its_receipt_time_and_told_what_happens_next(string language, string channel, string next)
    {
        var reply = Templates.Render("acknowledgement", channel, language, Model(CancellationKinds.Withdrawal, status: CaseStatuses.NeedsReview));

        Assert.Contains(next, reply.Body, StringComparison.Ordinal);
        Assert.Contains("10:30", reply.Body, StringComparison.Ordinal);
        Assert.Contains("C-2026-000123", reply.Body, StringComparison.Ordinal);
    }
}
