using Xunit;

namespace Intake.Core.Tests.EffectiveDates;

public class EffectiveDateEdgeCaseTests
{
    [Theory]
    //           zone                 received at                   expected      why
    // Month end: 31 Jan + 1 month = 28 Feb (NodaTime clamps to the last day of the month).
    [InlineData("Europe/Amsterdam", "2025-01-31T12:00:00Z",      "2025-02-28")]
    // Leap year: 31 Jan 2024 + 1 month = 29 Feb.
    [InlineData("Europe/Amsterdam", "2024-01-31T12:00:00Z",      "2024-02-29")]
    // Leap day itself: 29 Feb + 1 month = 29 Mar.
    [InlineData("Europe/Amsterdam", "2024-02-29T12:00:00Z",      "2024-03-29")]
    // 23:30 UTC on 31 Dec is 00:30 on 1 Jan in Amsterdam: the receipt date is 1 Jan.
    [InlineData("Europe/Amsterdam", "2024-12-31T23:30:00Z",      "2025-02-01")]
    // The same instant stated with its local offset gives the same date.
    [InlineData("Europe/Amsterdam", "2025-01-01T00:30:00+01:00", "2025-02-01")]
    // 22:30 UTC on 31 Dec is still 31 Dec in Amsterdam.
    [InlineData("Europe/Amsterdam", "2024-12-31T22:30:00Z",      "2025-01-31")]
    // The same 23:30 UTC instant in a London contract is still 31 Dec there (other zones: NL rules).
    [InlineData("Europe/London",    "2024-12-31T23:30:00Z",      "2025-01-31")]
    // DST starts 30 Mar 2025: 23:30 UTC the night before is 00:30 CET on 30 Mar.
    [InlineData("Europe/Amsterdam", "2025-03-29T23:30:00Z",      "2025-04-30")]
    // DST ends 26 Oct 2025: 22:30 UTC on 25 Oct is 00:30 CEST on 26 Oct (UTC+2, not +1).
    [InlineData("Europe/Amsterdam", "2025-10-25T22:30:00Z",      "2025-11-26")]
    // ...and 21:30 UTC is still 23:30 on 25 Oct.
    [InlineData("Europe/Amsterdam", "2025-10-25T21:30:00Z",      "2025-11-25")]
    // The repeated hour on 26 Oct (02:30 happens twice) is simply 26 Oct.
    [InlineData("Europe/Amsterdam", "2025-10-26T01:30:00Z",      "2025-11-26")]
    // Berlin midnight behaves like Amsterdam's (same offsets).
    [InlineData("Europe/Berlin",    "2024-12-31T23:30:00Z",      "2025-02-01")]
    // An unknown zone id falls back to Europe/Amsterdam instead of throwing.
    [InlineData("Mars/Olympus_Mons", "2024-12-31T23:30:00Z",     "2025-02-01")]
    // An empty zone id falls back too.
    [InlineData("",                 "2024-12-31T23:30:00Z",      "2025-02-01")]
    public void Receipt_date_is_the_calendar_date_in_the_contract_zone_and_months_end_correctly(
        string zone, string receivedAt, string expected)
    {
        var result = CalculatorCase.Run("2020-01-01", null, "P1M", "monthly", zone, receivedAt, "ordinary", null, false);

        Assert.Equal(CalculatorCase.Date(expected), result.Date);
    }

    [Theory]
    // Day 14 ends at local midnight (art. 6:230o BW): 22:30 UTC on 1 Jan is 23:30 in Amsterdam, still day 14...
    [InlineData("2025-01-01T22:30:00Z", "2025-01-01", "withdrawal-14d")]
    // ...and 23:30 UTC is 00:30 on 2 Jan, day 15: too late, ordinary notice instead.
    [InlineData("2025-01-01T23:30:00Z", "2025-02-02", "indefinite-max-1-month+withdrawal-expired")]
    public void Withdrawal_deadline_follows_the_local_clock(string receivedAt, string expected, string rule)
    {
        var result = CalculatorCase.Run("2024-12-18", null, "P1M", "monthly", "Europe/Amsterdam", receivedAt, "withdrawal", null, false);

        Assert.Equal(CalculatorCase.Date(expected), result.Date);
        Assert.Equal(rule, result.Rule);
    }
}
