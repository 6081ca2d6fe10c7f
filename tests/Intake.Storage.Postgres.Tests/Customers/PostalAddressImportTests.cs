using Intake.Testing;

namespace Intake.Storage.Postgres.Tests.Customers;

/// <summary>The optional postcode and house_number columns: what a letter or an answer to the identification question is matched by.</summary>
public sealed class PostalAddressImportTests
{
    private const string Header = CustomerCsv.Header + ",postcode,house_number";

    [Fact]
    public async Task Postcode_and_house_number_are_stored_normalised_and_linked_and_a_reimport_moves_the_link()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();
        await ImportRun.CsvAsync(db, $"{Header}\n{CustomerCsv.Row("NL-1", "C-1")},1234 ab,12 A\n{CustomerCsv.Row("DE-2", "C-2")},10115,5\n{CustomerCsv.Row("NL-3", "C-3")},,\n");

        Assert.Equal(["DE-2 10115 5", "NL-1 1234AB 12a", "NL-3 - -"], await db.QueryAsync<string>(
            "SELECT account_number || ' ' || coalesce(postcode, '-') || ' ' || coalesce(house_number, '-') FROM customer ORDER BY account_number"));
        Assert.Equal(["10115 5", "1234AB 12a"], await db.QueryAsync<string>("SELECT value FROM identity_link WHERE kind = 'postal' AND verified ORDER BY value"));

        var run = await ImportRun.CsvAsync(db, $"{Header}\n{CustomerCsv.Row("NL-1", "C-1")},1234AB,14-2\n");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["10115 5", "1234AB 14-2"], await db.QueryAsync<string>("SELECT value FROM identity_link WHERE kind = 'postal' ORDER BY value"));
    }

    [Fact]
    public async Task A_bad_postcode_or_a_house_number_without_postcode_is_reported_by_line_without_the_value()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();

        var run = await ImportRun.CsvAsync(db, $"{Header}\n{CustomerCsv.Row("NL-1", "C-1")},1234 ABC,12\n{CustomerCsv.Row("NL-2", "C-2")},,12\n{CustomerCsv.Row("NL-3", "C-3")},1234AB,twelve\n");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 2: postcode is not a Dutch (1234 AB) or German (12345) postcode", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("line 3: postcode and house_number go together", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("line 4: house_number is not a house number", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("1234 ABC", run.Output, StringComparison.Ordinal);
        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(*) FROM customer"));
    }
}
