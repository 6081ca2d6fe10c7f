using Intake.Core.EffectiveDates;
using NodaTime;
using Xunit;

namespace Intake.Core.Tests.EffectiveDates;

public class NoticePeriodParserTests
{
    public static TheoryData<string, Period> Accepted => new()
    {
        { "P1M", Period.FromMonths(1) },
        { "P30D", Period.FromDays(30) },
        { "P2W", Period.FromWeeks(2) },
        { "P0D", Period.Zero },
        { "P1Y", Period.FromYears(1) },
        { "p1m", Period.FromMonths(1) },
        { " P1M ", Period.FromMonths(1) },
        { "1 month", Period.FromMonths(1) },
        { "3 months", Period.FromMonths(3) },
        { "1 maand", Period.FromMonths(1) },
        { "2 maanden", Period.FromMonths(2) },
        { "1 mnd", Period.FromMonths(1) },
        { "1 Monat", Period.FromMonths(1) },
        { "30 days", Period.FromDays(30) },
        { "30 dagen", Period.FromDays(30) },
        { "1 dag", Period.FromDays(1) },
        { "14 Tage", Period.FromDays(14) },
        { "2 weeks", Period.FromWeeks(2) },
        { "2 weken", Period.FromWeeks(2) },
        { "1 week", Period.FromWeeks(1) },
        { "4 Wochen", Period.FromWeeks(4) },
        { "1 jaar", Period.FromYears(1) },
        { "30days", Period.FromDays(30) },
        { "1 Month", Period.FromMonths(1) },
        { "0", Period.Zero },
        { "none", Period.Zero },
        { "None", Period.Zero },
        { "geen", Period.Zero },
        { "keine", Period.Zero },
        { "0 days", Period.Zero },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Iso_and_typed_forms_are_read(string text, Period expected)
    {
        Assert.Equal(expected, NoticePeriodParser.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("P")]
    [InlineData("P1H")]
    [InlineData("PT1H")]
    [InlineData("P-1M")]
    [InlineData("-1 month")]
    [InlineData("1")]
    [InlineData("month")]
    [InlineData("1 fortnight")]
    [InlineData("one month")]
    [InlineData("1,5 maand")]
    [InlineData("1 month 2 days")]
    [InlineData("1000 days")]
    [InlineData("asap")]
    public void Anything_else_is_a_format_error_naming_the_accepted_forms(string text)
    {
        var ex = Assert.Throws<FormatException>(() => NoticePeriodParser.Parse(text));

        Assert.Contains($"'{text}'", ex.Message, StringComparison.Ordinal);
    }
}
