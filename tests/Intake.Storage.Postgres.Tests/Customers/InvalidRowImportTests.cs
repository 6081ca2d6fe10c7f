using System.Text;
using Intake.Testing;

namespace Intake.Storage.Postgres.Tests.Customers;

public sealed class InvalidRowImportTests
{
    private static readonly string FileWithBadRows = CustomerCsv.File(
        CustomerCsv.Row("NL-1", "C-1", email: "jan@example.nl"),
        CustomerCsv.Row("NL-2", "C-2", start: "2024-13-01"),
        CustomerCsv.Row("NL-3", "C-3", email: "geheim.adres.example.nl", phone: "bel me maar"),
        CustomerCsv.Row("NL-4", "C-4"),
        CustomerCsv.Row("", "C-5", name: ""),
        "NL-6,Too Few,,,",
        CustomerCsv.Row("NL-7", "C-7", start: "2024-05-01", termEnd: "2024-04-30", notice: "3 fortnights", renewal: "yearly", timeZone: "Europe/Amstredam"));

    [Fact]
    public async Task Every_bad_row_is_reported_with_its_line_number_and_nothing_is_imported()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();

        var run = await ImportRun.CsvAsync(db, FileWithBadRows);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Stderr.TrimEnd('\n').Split('\n');
        Assert.Equal(5, lines.Length);
        Assert.Equal("line 3: start_date \"2024-13-01\" is not a date (yyyy-MM-dd)", lines[0]);
        Assert.Equal("line 4: email is not a valid address; phone is not a valid phone number", lines[1]);
        Assert.Equal("line 6: account_number is required; name is required", lines[2]);
        Assert.Equal("line 7: expected 12 fields, found 5", lines[3]);
        Assert.StartsWith("line 8: minimum_term_end 2024-04-30 is before start_date 2024-05-01; time_zone \"Europe/Amstredam\" is not an IANA time zone", lines[4], StringComparison.Ordinal);
        Assert.Contains("notice_period: Notice period '3 fortnights' is not understood", lines[4], StringComparison.Ordinal);
        Assert.Contains("renewal \"yearly\" is not one of fixed, tacit, monthly, none", lines[4], StringComparison.Ordinal);
        Assert.StartsWith("nothing imported: 5 of 7 rows are invalid in ", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(*) FROM customer"));
        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(*) FROM identity_link"));
    }

    [Fact]
    public async Task Skip_invalid_imports_the_good_rows_and_lists_the_bad_ones()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();

        var run = await ImportRun.CsvAsync(db, FileWithBadRows, "--skip-invalid");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stderr.TrimEnd('\n').Split('\n');
        Assert.Equal(["line 3", "line 4", "line 6", "line 7", "line 8"], lines[..^1].Select(line => line[..line.IndexOf(':')]));
        Assert.Equal("warning: 5 invalid rows skipped", lines[^1]);
        Assert.StartsWith("imported 2 rows: 2 customers (2 new, 0 updated, 0 unchanged), 2 contracts (2 new, 0 updated, 0 unchanged), 5 skipped in ", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(["NL-1", "NL-4"], await db.QueryAsync<string>("SELECT account_number FROM customer ORDER BY 1"));
    }

    [Fact]
    public async Task Skip_invalid_with_no_valid_row_imports_nothing_and_exits_with_2()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();

        var run = await ImportRun.CsvAsync(db, CustomerCsv.File(CustomerCsv.Row("NL-1", "C-1", start: "01-02-2024")), "--skip-invalid");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("nothing imported: 1 of 1 rows are invalid", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(*) FROM customer"));
    }

    [Fact]
    public async Task A_contract_id_used_twice_is_reported_on_the_second_line_pointing_at_the_first()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();

        var run = await ImportRun.CsvAsync(db, CustomerCsv.File(
            CustomerCsv.Row("NL-1", "C-1"), CustomerCsv.Row("NL-2", "C-2"), CustomerCsv.Row("NL-3", "C-1")));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("line 4: contract_id \"C-1\" appears twice in the file (first on line 2)\n", run.Stderr);
    }

    [Fact]
    public async Task A_header_without_every_column_refuses_the_file_with_exit_code_1()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();

        var run = await ImportRun.CsvAsync(db, "account_number,name,mail,contract_id\nNL-1,Jan,jan@example.nl,C-1\n");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("line 1: header has missing column(s) email, phone, x_user_id, product, start_date, minimum_term_end, notice_period, renewal, time_zone; unknown column(s) \"mail\"", run.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("nothing imported: the file was refused", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_UTF8_is_refused()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();
        var latin1 = Encoding.Latin1.GetBytes(CustomerCsv.File(CustomerCsv.Row("DE-1", "C-1", name: "Jürgen Weiß")));

        var run = await ImportRun.BytesAsync(db, latin1, []);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is not UTF-8", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(*) FROM customer"));
    }

    [Fact]
    public async Task Personal_data_never_appears_in_the_output()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();
        var csv = CustomerCsv.File(
            CustomerCsv.Row("NL-1", "C-1", name: "Geheime Naam", email: "geheim@example", phone: "bel 06 9999 8888"),
            CustomerCsv.Row("NL-2", "C-2", name: "Andere Naam", email: "zichtbaar@example.nl", phone: "+31 6 1111 2222", x: "@handle"),
            CustomerCsv.Row("NL-3", "C-3", name: "Derde Naam", email: "derde@example.nl", phone: "+31 6 3333 4444"));

        var failed = await ImportRun.CsvAsync(db, csv);
        var skipped = await ImportRun.CsvAsync(db, csv, "--skip-invalid");

        foreach (var run in new[] { failed, skipped })
        {
            foreach (var secret in new[] { "Geheim", "geheim", "9999", "Andere", "zichtbaar", "1111", "@handle", "Derde", "derde", "3333" })
                Assert.DoesNotContain(secret, run.Output, StringComparison.Ordinal);
        }
        Assert.Contains("line 2: email is not a valid address; phone is not a valid phone number", failed.Stderr, StringComparison.Ordinal);
        Assert.Contains("line 3: x_user_id is not a numeric X user id", failed.Stderr, StringComparison.Ordinal);
    }
}
