using Intake.Core.EffectiveDates;
using Xunit;

namespace Intake.Core.Tests.EffectiveDates;

public class EffectiveDateCalculatorTests
{
    [Theory]
    // Concluded online on 1 March, service from 1 April: the 14 days run from the conclusion (art. 11a Directive 2023/2673).
    [InlineData("2025-03-15T10:00:00Z", false)]
    [InlineData("2025-03-16T10:00:00Z", true)]
    // Without a conclusion date the start date stands in.
    [InlineData(null, false)]
    public void The_withdrawal_period_runs_from_the_conclusion_date_when_the_directory_has_one(string? receivedAt, bool late)
    {
        var terms = new ContractTerms(new DateOnly(2025, 4, 1), null, "P1M", "monthly", Ams, receivedAt is null ? null : new DateOnly(2025, 3, 1));

        Assert.Equal(late, EffectiveDateCalculator.IsWithdrawalLate(terms, DateTimeOffset.Parse(receivedAt ?? "2025-04-10T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
    }

    private const string Ams = "Europe/Amsterdam";
    private const string Ber = "Europe/Berlin";

    [Theory]
    //           start         term end      notice  renewal    zone  received at (UTC)        kind             requested     asap   expected      rule
    // Withdrawal: 14 days from the start date, the start day not counted (NL art. 6:230o BW).
    [InlineData("2025-03-01", null,         "P1M",  "monthly", Ams, "2025-03-10T10:00:00Z", "withdrawal",    null,         false, "2025-03-10", "withdrawal-14d")]
    // Day 14 still counts (art. 6:230o BW; the period ends at the end of day 14).
    [InlineData("2025-03-01", null,         "P1M",  "monthly", Ams, "2025-03-15T10:00:00Z", "withdrawal",    null,         false, "2025-03-15", "withdrawal-14d")]
    // Day 15: too late to withdraw, so ordinary notice, capped at one month (art. 6:236 onder j BW).
    [InlineData("2025-03-01", null,         "P1M",  "monthly", Ams, "2025-03-16T10:00:00Z", "withdrawal",    null,         false, "2025-04-16", "indefinite-max-1-month+withdrawal-expired")]
    // Germany: 14-day Widerruf (§355 Abs. 2 BGB).
    [InlineData("2025-03-01", null,         "P1M",  "monthly", Ber, "2025-03-05T10:00:00Z", "withdrawal",    null,         false, "2025-03-05", "withdrawal-14d")]
    // Withdrawal before the service starts: never before the start date (brief rule 6).
    [InlineData("2025-04-01", null,         "P1M",  "monthly", Ams, "2025-03-20T10:00:00Z", "withdrawal",    null,         false, "2025-04-01", "withdrawal-14d+not-before-start")]
    // Expired withdrawal inside a minimum term: the minimum term holds (art. 6:230o BW, then the contract).
    [InlineData("2025-01-01", "2026-01-01", "P1M",  "tacit",   Ams, "2025-02-01T10:00:00Z", "withdrawal",    null,         false, "2026-01-01", "minimum-term+withdrawal-expired")]
    // Extraordinary, for cause after a unilateral price rise: effective on receipt (art. 6:265 BW).
    [InlineData("2025-01-01", "2026-01-01", "P1M",  "tacit",   Ams, "2025-06-10T09:00:00Z", "extraordinary", null,         false, "2025-06-10", "extraordinary")]
    // Extraordinary with a later date the customer asked for: honoured exactly (art. 6:265 BW; brief rule 4).
    [InlineData("2025-01-01", "2026-01-01", "P1M",  "tacit",   Ams, "2025-06-10T09:00:00Z", "extraordinary", "2025-07-01", false, "2025-07-01", "extraordinary+requested-date")]
    // Germany, fristlose Kündigung aus wichtigem Grund (§314 BGB); a date before receipt is not possible.
    [InlineData("2025-01-01", "2026-01-01", "P3M",  "tacit",   Ber, "2025-06-10T09:00:00Z", "extraordinary", "2025-06-01", false, "2025-06-10", "extraordinary+requested-date-too-early")]
    // Ordinary inside the minimum term of a tacitly renewing contract: ends at term end (contract; art. 6:236 onder j BW after it).
    [InlineData("2025-01-01", "2026-01-01", "P1M",  "tacit",   Ams, "2025-06-10T10:00:00Z", "ordinary",      null,         false, "2026-01-01", "minimum-term")]
    // Fixed term: ends at its term end, whatever the notice (the contract's minimum term; brief rule 3).
    [InlineData("2025-01-01", "2026-01-01", "P1M",  "fixed",   Ams, "2025-06-10T10:00:00Z", "ordinary",      null,         false, "2026-01-01", "minimum-term")]
    // Fixed term, notice given late: the contract still ends at its term end by itself, notice cannot lengthen it.
    [InlineData("2025-01-01", "2026-01-01", "P1M",  "fixed",   Ams, "2025-12-20T10:00:00Z", "ordinary",      null,         false, "2026-01-01", "minimum-term")]
    // Tacit, notice too late for the term end: it renews and the notice runs on, at most one month (art. 6:236 onder j BW).
    [InlineData("2025-01-01", "2026-01-01", "P1M",  "tacit",   Ams, "2025-12-20T10:00:00Z", "ordinary",      null,         false, "2026-01-20", "tacit-renewal-max-1-month")]
    // Tacit, three months' notice given 2.5 months before term end: capped notice ends inside the term, so the term end (art. 6:236 onder j BW).
    [InlineData("2025-01-01", "2026-01-01", "P3M",  "tacit",   Ams, "2025-10-15T10:00:00Z", "ordinary",      null,         false, "2026-01-01", "minimum-term")]
    // After tacit renewal: three months' notice capped to one (art. 6:236 onder j BW).
    [InlineData("2025-01-01", "2026-01-01", "P3M",  "tacit",   Ams, "2026-03-10T10:00:00Z", "ordinary",      null,         false, "2026-04-10", "tacit-renewal-max-1-month")]
    // After tacit renewal: a shorter contractual notice stays (art. 6:236 onder j BW is a maximum).
    [InlineData("2025-01-01", "2026-01-01", "P14D", "tacit",   Ams, "2026-03-10T10:00:00Z", "ordinary",      null,         false, "2026-03-24", "tacit-renewal-max-1-month")]
    // Receipt on the term end date itself: already in the renewed period (art. 6:236 onder j BW).
    [InlineData("2025-01-01", "2026-01-01", "P1M",  "tacit",   Ams, "2026-01-01T10:00:00Z", "ordinary",      null,         false, "2026-02-01", "tacit-renewal-max-1-month")]
    // Germany after tacit extension: at most one month (§309 Nr. 9 BGB since 1 March 2022).
    [InlineData("2025-01-01", "2026-01-01", "P3M",  "tacit",   Ber, "2026-03-10T10:00:00Z", "ordinary",      null,         false, "2026-04-10", "tacit-renewal-max-1-month")]
    // Germany inside the minimum term: term end (§309 Nr. 9 a BGB allows an initial term of up to two years).
    [InlineData("2025-01-01", "2027-01-01", "P1M",  "tacit",   Ber, "2025-06-10T10:00:00Z", "ordinary",      null,         false, "2027-01-01", "minimum-term")]
    // Fixed contract run past its term: indefinite, notice capped at one month (art. 6:236 onder j BW).
    [InlineData("2024-01-01", "2025-01-01", "P2M",  "fixed",   Ams, "2025-06-10T10:00:00Z", "ordinary",      null,         false, "2025-07-10", "indefinite-max-1-month")]
    // Monthly, indefinite: receipt plus one month, no rounding to the billing period (art. 6:236 onder j BW).
    [InlineData("2024-01-01", null,         "P1M",  "monthly", Ams, "2025-06-10T10:00:00Z", "ordinary",      null,         false, "2025-07-10", "indefinite-max-1-month")]
    // Monthly with its own minimum term: the minimum term holds (contract).
    [InlineData("2025-01-01", "2025-12-01", "P1M",  "monthly", Ams, "2025-06-10T10:00:00Z", "ordinary",      null,         false, "2025-12-01", "minimum-term")]
    // No notice at all: effective on receipt (contract; art. 6:236 onder j BW caps, never lengthens).
    [InlineData("2024-01-01", null,         "P0D",  "none",    Ams, "2025-06-10T10:00:00Z", "ordinary",      null,         false, "2025-06-10", "indefinite-max-1-month")]
    // 30 days in a 31-day month is shorter than a month and stays (art. 6:236 onder j BW is a maximum).
    [InlineData("2024-01-01", null,         "P30D", "monthly", Ams, "2025-07-01T10:00:00Z", "ordinary",      null,         false, "2025-07-31", "indefinite-max-1-month")]
    // Six weeks is longer than a month and is capped (art. 6:236 onder j BW).
    [InlineData("2024-01-01", null,         "P6W",  "monthly", Ams, "2025-06-10T10:00:00Z", "ordinary",      null,         false, "2025-07-10", "indefinite-max-1-month")]
    // Germany, indefinite: one month at most (§309 Nr. 9 BGB).
    [InlineData("2024-01-01", null,         "P3M",  "none",    Ber, "2025-06-10T10:00:00Z", "ordinary",      null,         false, "2025-07-10", "indefinite-max-1-month")]
    // Ordinary notice before the start: not before the start date (brief rule 6).
    [InlineData("2025-08-01", null,         "P0D",  "none",    Ams, "2025-06-10T10:00:00Z", "ordinary",      null,         false, "2025-08-01", "indefinite-max-1-month+not-before-start")]
    // A later requested date is honoured exactly (brief rule 4; DESIGN: the customer's wish, no hostage).
    [InlineData("2024-01-01", null,         "P1M",  "monthly", Ams, "2025-06-10T10:00:00Z", "ordinary",      "2025-09-30", false, "2025-09-30", "indefinite-max-1-month+requested-date")]
    // A requested date equal to the earliest is honoured too (brief rule 4).
    [InlineData("2024-01-01", null,         "P1M",  "monthly", Ams, "2025-06-10T10:00:00Z", "ordinary",      "2025-07-10", false, "2025-07-10", "indefinite-max-1-month+requested-date")]
    // A requested date earlier than the notice allows: the earliest possible (art. 6:236 onder j BW; brief rule 4).
    [InlineData("2024-01-01", null,         "P1M",  "monthly", Ams, "2025-06-10T10:00:00Z", "ordinary",      "2025-06-15", false, "2025-07-10", "indefinite-max-1-month+requested-date-too-early")]
    // A requested date inside the minimum term: the term end (contract; brief rule 4).
    [InlineData("2025-01-01", "2026-01-01", "P1M",  "tacit",   Ams, "2025-06-10T10:00:00Z", "ordinary",      "2025-08-01", false, "2026-01-01", "minimum-term+requested-date-too-early")]
    // "Per direct" still respects the minimum term (brief rule 5).
    [InlineData("2025-01-01", "2026-01-01", "P1M",  "tacit",   Ams, "2025-06-10T10:00:00Z", "ordinary",      null,         true,  "2026-01-01", "minimum-term+earliest-possible")]
    // "Per direct" on an indefinite contract: receipt plus capped notice (art. 6:236 onder j BW; brief rule 5).
    [InlineData("2024-01-01", null,         "P1M",  "monthly", Ams, "2025-06-10T10:00:00Z", "ordinary",      null,         true,  "2025-07-10", "indefinite-max-1-month+earliest-possible")]
    // "Per direct" wins over a stated date: the customer asked for as soon as possible (brief rule 5).
    [InlineData("2024-01-01", null,         "P1M",  "monthly", Ams, "2025-06-10T10:00:00Z", "ordinary",      "2025-09-30", true,  "2025-07-10", "indefinite-max-1-month+earliest-possible")]
    // "Per direct" withdrawal: the receipt date (art. 6:230o BW).
    [InlineData("2025-06-01", null,         "P1M",  "monthly", Ams, "2025-06-10T10:00:00Z", "withdrawal",    null,         true,  "2025-06-10", "withdrawal-14d+earliest-possible")]
    public void Each_rule_gives_the_date_the_law_allows(
        string start, string? minimumTermEnd, string notice, string renewal, string zone,
        string receivedAt, string kind, string? requested, bool immediate, string expected, string rule)
    {
        var result = CalculatorCase.Run(start, minimumTermEnd, notice, renewal, zone, receivedAt, kind, requested, immediate);

        Assert.Equal(new EffectiveDate(CalculatorCase.Date(expected), rule), result);
    }

    [Fact]
    public void Unknown_kind_is_refused_with_the_accepted_kinds()
    {
        var ex = Assert.Throws<ArgumentException>(() => CalculatorCase.Run(
            "2025-01-01", null, "P1M", "monthly", Ams, "2025-06-10T10:00:00Z", "retract", null, false));
        Assert.Contains("ordinary, withdrawal, extraordinary", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_renewal_is_refused_with_the_accepted_renewals()
    {
        var ex = Assert.Throws<ArgumentException>(() => CalculatorCase.Run(
            "2025-01-01", null, "P1M", "yearly", Ams, "2025-06-10T10:00:00Z", "ordinary", null, false));
        Assert.Contains("fixed, tacit, monthly, none", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Renewal_is_read_case_insensitively_as_imports_spell_it()
    {
        var result = CalculatorCase.Run("2024-01-01", null, "1 maand", " Monthly ", Ams, "2025-06-10T10:00:00Z", "ordinary", null, false);

        Assert.Equal(new EffectiveDate(new DateOnly(2025, 7, 10), "indefinite-max-1-month"), result);
    }

    [Fact]
    public void Unreadable_notice_period_is_a_format_error_not_a_guess()
    {
        Assert.Throws<FormatException>(() => CalculatorCase.Run(
            "2024-01-01", null, "soon", "monthly", Ams, "2025-06-10T10:00:00Z", "ordinary", null, false));
    }
}
