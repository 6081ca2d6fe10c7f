using Intake.Core.Customers;
using Intake.Storage.Postgres.Customers;

namespace Intake.Storage.Postgres.Tests.Customers;

public sealed class CustomerRowValidatorTests
{
    [Theory]
    [InlineData("start_date", "2024-1-5", "start_date \"2024-1-5\" is not a date (yyyy-MM-dd)")]
    [InlineData("start_date", "", "start_date is required")]
    [InlineData("minimum_term_end", "31-12-2026", "minimum_term_end \"31-12-2026\" is not a date (yyyy-MM-dd)")]
    [InlineData("contract_id", " ", "contract_id is required")]
    [InlineData("product", "", "product is required")]
    [InlineData("email", "jan@", "email is not a valid address")]
    [InlineData("phone", "12345", "phone is not a valid phone number")]
    [InlineData("x_user_id", "@jan", "x_user_id is not a numeric X user id")]
    [InlineData("renewal", "yearly", "renewal \"yearly\" is not one of fixed, tacit, monthly, none")]
    [InlineData("time_zone", "CET+1", "time_zone \"CET+1\" is not an IANA time zone (e.g. Europe/Amsterdam)")]
    public void A_bad_value_is_refused_with_the_column_and_reason(string column, string value, string reason)
    {
        var validator = Validator();

        Assert.False(validator.TryValidate(Record(7, (column, value)), out _, out var error));

        Assert.Equal("line 7: " + reason, error.ToString());
    }

    [Fact]
    public void Values_are_trimmed_and_normalised()
    {
        var valid = Validator().TryValidate(Record(2,
            ("account_number", " de-200412 "), ("email", " Anna@Example.DE "), ("phone", "0152 34567890"),
            ("notice_period", "3 Monate"), ("renewal", "Tacit"), ("time_zone", "Europe/Berlin"), ("postcode", " 1234 ab"), ("house_number", "7 - 2")),
            out var row, out _);

        Assert.True(valid);
        Assert.Equal(("DE-200412", "anna@example.de", "+4915234567890", "P3M", "tacit", "1234AB", "7-2"),
            (row!.AccountNumber, row.Email, row.Phone, row.NoticePeriod, row.Renewal, row.Postcode, row.HouseNumber));
    }

    [Fact]
    public void A_very_long_value_is_shown_cut_short_on_one_line()
    {
        Assert.False(Validator().TryValidate(Record(3, ("time_zone", "Europe/\n" + new string('A', 200))), out _, out var error));

        Assert.Equal("line 3: time_zone \"Europe/ AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA…\" is not an IANA time zone (e.g. Europe/Amsterdam)", error.ToString());
    }

    private static CustomerRowValidator Validator() => new(CustomerCsvHeader.Naming);

    private static CustomerRecord Record(int line, params (string Column, string Value)[] overrides)
    {
        var fields = new Dictionary<string, string>
        {
            ["account_number"] = "NL-1", ["name"] = "Jan de Vries", ["email"] = "", ["phone"] = "", ["x_user_id"] = "",
            ["contract_id"] = "C-1", ["product"] = "Glasvezel", ["start_date"] = "2024-01-01", ["minimum_term_end"] = "",
            ["notice_period"] = "", ["renewal"] = "", ["time_zone"] = "", ["concluded_on"] = "",
            ["postcode"] = "", ["house_number"] = "",
        };
        foreach (var (column, value) in overrides) fields[column] = value;
        return new CustomerRecord(line, CustomerCsvHeader.Names.Select(name => fields[name]).ToArray());
    }
}
