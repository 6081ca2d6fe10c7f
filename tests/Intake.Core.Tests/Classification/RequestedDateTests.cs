using Xunit;

namespace Intake.Core.Tests.Classification;

/// <summary>Requested dates are resolved against the receipt day in Europe/Amsterdam (receipt here: Tuesday 24 November 2026).</summary>
public sealed class RequestedDateTests
{
    [Theory]
    [InlineData("Ik zeg op per 1 september", "2027-09-01")]
    [InlineData("Ik zeg op per 1 september 2027", "2027-09-01")]
    [InlineData("Opzeggen per 1-9", "2027-09-01")]
    [InlineData("Opzeggen per 1/9", "2027-09-01")]
    [InlineData("Opzeggen per 01-09-2027", "2027-09-01")]
    [InlineData("Ich kündige zum 31.12.", "2026-12-31")]
    [InlineData("Kündigung 31.12.", "2026-12-31")]
    [InlineData("Please cancel as of 2026-12-31", "2026-12-31")]
    [InlineData("Please cancel on December 31st, 2026", "2026-12-31")]
    [InlineData("Cancel my plan from the 1st of March", "2027-03-01")]
    [InlineData("Opzeggen per 1 mrt", "2027-03-01")]
    [InlineData("Kündigung zum 1. März", "2027-03-01")]
    [InlineData("Kündigung zum 1. Okt.", "2027-10-01")]
    [InlineData("Kündigung zum 15. Dez", "2026-12-15")]
    [InlineData("Opzeggen per 1 mei", "2027-05-01")]
    [InlineData("Opzeggen per eind januari", "2027-01-31")]
    [InlineData("Ik zeg op per eind van de maand", "2026-11-30")]
    [InlineData("Ik zeg op per einde van deze maand", "2026-11-30")]
    [InlineData("Please cancel at the end of the month", "2026-11-30")]
    [InlineData("Ich kündige zum Ende des Monats", "2026-11-30")]
    [InlineData("Ik zeg op per volgende maand", "2026-12-01")]
    [InlineData("Cancel my subscription next month", "2026-12-01")]
    [InlineData("Ich kündige zum nächsten Monat", "2026-12-01")]
    [InlineData("Ik zeg op per eind volgende maand", "2026-12-31")]
    public void Date_forms_resolve_against_the_receipt_day(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Classifier.Classify(text).RequestedDate);
    }

    [Theory]
    [InlineData("Ik wil zo snel mogelijk opzeggen")]
    [InlineData("Ik zeg per direct op")]
    [InlineData("Graag per omgaande opzeggen")]
    [InlineData("cancel asap")]
    [InlineData("Please cancel immediately")]
    [InlineData("Cancel as soon as possible")]
    [InlineData("Cancel my plan at the earliest possible date")]
    [InlineData("Ich kündige sofort")]
    [InlineData("Hiermit kündige ich fristgerecht zum nächstmöglichen Zeitpunkt")]
    public void As_soon_as_possible_is_immediate_without_a_date(string text)
    {
        var result = Classifier.Classify(text);

        Assert.True(result.Immediate);
        Assert.Null(result.RequestedDate);
    }

    [Fact]
    public void A_named_date_wins_over_as_soon_as_possible()
    {
        var result = Classifier.Classify("Ik zeg op, zo snel mogelijk, uiterlijk per 1 januari.");

        Assert.Equal(new DateOnly(2027, 1, 1), result.RequestedDate);
        Assert.False(result.Immediate);
    }

    [Fact]
    public void Month_end_is_taken_in_Amsterdam_not_in_UTC()
    {
        var lateNovemberEveningUtc = new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 12, 31), Classifier.Classify("Opzeggen per eind van de maand", receivedAt: lateNovemberEveningUtc).RequestedDate);
    }

    [Fact]
    public void New_years_day_received_just_after_midnight_is_this_year()
    {
        var newYearsNight = new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2027, 1, 1), Classifier.Classify("Kündigung zum 1. Januar", receivedAt: newYearsNight).RequestedDate);
    }

    [Fact]
    public void Leap_day_without_a_year_is_the_next_leap_day_or_the_end_of_february()
    {
        Assert.Equal(new DateOnly(2028, 2, 29), Classifier.Classify("Opzeggen per 29 februari", receivedAt: new DateTimeOffset(2027, 11, 24, 10, 0, 0, TimeSpan.Zero)).RequestedDate);
        Assert.Equal(new DateOnly(2027, 2, 28), Classifier.Classify("Opzeggen per 29 februari").RequestedDate);
        Assert.Equal(new DateOnly(2028, 2, 29), Classifier.Classify("Opzeggen per 29-02-2028").RequestedDate);
    }

    [Fact]
    public void End_of_the_month_in_a_leap_february_is_the_29th()
    {
        var february2028 = new DateTimeOffset(2028, 2, 10, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2028, 2, 29), Classifier.Classify("Please cancel at the end of the month", receivedAt: february2028).RequestedDate);
    }

    [Fact]
    public void Thirty_first_of_a_short_month_means_its_last_day()
    {
        Assert.Equal(new DateOnly(2027, 4, 30), Classifier.Classify("Opzeggen per 31 april").RequestedDate);
    }

    [Theory]
    [InlineData("Ik heb op 3 november gebeld en wil nu opzeggen.")]
    [InlineData("Ik ben klant sinds 1 maart 2015 en zeg op.")]
    [InlineData("Ich kündige den Vertrag vom 12.03.2020.")]
    [InlineData("Your 24/7 service is useless, cancel my account.")]
    [InlineData("Ik ben tussen 9-17 uur bereikbaar, ik wil opzeggen.")]
    [InlineData("Het kost 12.50 per maand, ik zeg op.")]
    public void Dates_that_are_not_the_requested_date_are_ignored(string text)
    {
        Assert.Null(Classifier.Classify(text).RequestedDate);
    }
}
