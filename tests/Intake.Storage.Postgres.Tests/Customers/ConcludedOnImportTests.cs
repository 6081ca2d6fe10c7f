using Intake.Testing;

namespace Intake.Storage.Postgres.Tests.Customers;

/// <summary>The optional concluded_on column: the day the withdrawal period runs from (Directive 2023/2673 art. 11a).</summary>
public sealed class ConcludedOnImportTests
{
    private const string Header = CustomerCsv.Header + ",concluded_on";

    [Fact]
    public async Task A_file_with_concluded_on_stores_it_and_a_reimport_updates_it()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();
        await ImportRun.CsvAsync(db, $"{Header}\n{CustomerCsv.Row("NL-1", "C-1", start: "2026-12-01")},2026-11-20\n{CustomerCsv.Row("NL-2", "C-2")},\n");

        var run = await ImportRun.CsvAsync(db, $"{Header}\n{CustomerCsv.Row("NL-1", "C-1", start: "2026-12-01")},2026-11-21\n{CustomerCsv.Row("NL-2", "C-2")},\n");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 contracts (0 new, 1 updated, 1 unchanged)", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(["C-1 2026-11-21", "C-2 -"], await db.QueryAsync<string>(
            "SELECT external_id || ' ' || coalesce(to_char(concluded_on, 'YYYY-MM-DD'), '-') FROM contract ORDER BY external_id"));
    }

    [Fact]
    public async Task A_file_without_the_column_still_imports_and_leaves_it_empty()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();

        var run = await ImportRun.CsvAsync(db, CustomerCsv.File(CustomerCsv.Row("NL-1", "C-1")));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(concluded_on) FROM contract"));
    }

    [Fact]
    public async Task A_concluded_on_that_is_not_a_date_is_reported_by_line()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();

        var run = await ImportRun.CsvAsync(db, $"{Header}\n{CustomerCsv.Row("NL-1", "C-1")},20-11-2026\n");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 2", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("concluded_on \"20-11-2026\" is not a date", run.Stderr, StringComparison.Ordinal);
    }
}
