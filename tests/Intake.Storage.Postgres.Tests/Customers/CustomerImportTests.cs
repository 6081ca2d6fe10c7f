using Intake.Testing;

namespace Intake.Storage.Postgres.Tests.Customers;

public sealed class CustomerImportTests
{
    [Fact]
    public async Task The_sample_file_imports_every_customer_and_contract()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();
        var sample = Path.Combine(RepositoryRoot(), "channel-config", "customers.sample.csv");

        var run = await ImportRun.ArgsAsync(db.DataSource, [sample]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.StartsWith("imported 12 rows: 9 customers (9 new, 0 updated, 0 unchanged), 12 contracts (12 new, 0 updated, 0 unchanged), 0 skipped in ", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(9, await db.ScalarAsync<long>("SELECT count(*) FROM customer"));
        Assert.Equal(12, await db.ScalarAsync<long>("SELECT count(*) FROM contract"));
        // A German national number is read as German because the contract is served from Berlin.
        Assert.Equal("+4915234567890", await db.ScalarAsync<string>("SELECT phone FROM customer WHERE account_number = 'DE-200412'"));
        Assert.Equal("Kees \"de Kapper\" Smit", await db.ScalarAsync<string>("SELECT name FROM customer WHERE account_number = 'NL-100235'"));
    }

    [Fact]
    public async Task A_reimport_updates_customers_and_contracts_and_never_duplicates()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();
        await ImportRun.CsvAsync(db, CustomerCsv.File(
            CustomerCsv.Row("NL-1", "C-1", name: "Jan de Vries", product: "Glasvezel 500"),
            CustomerCsv.Row("NL-2", "C-2", name: "Piet Bakker")));

        var run = await ImportRun.CsvAsync(db, CustomerCsv.File(
            CustomerCsv.Row("nl-1 ", "C-1", name: "Jan de Vries-Visser", product: "Glasvezel 1000"),
            CustomerCsv.Row("NL-2", "C-2", name: "Piet Bakker"),
            CustomerCsv.Row("NL-3", "C-3", name: "Sanne Jansen")));

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("imported 3 rows: 3 customers (1 new, 1 updated, 1 unchanged), 3 contracts (1 new, 1 updated, 1 unchanged)", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(["NL-1 Jan de Vries-Visser", "NL-2 Piet Bakker", "NL-3 Sanne Jansen"],
            await db.QueryAsync<string>("SELECT account_number || ' ' || name FROM customer ORDER BY account_number"));
        Assert.Equal(["C-1 Glasvezel 1000", "C-2 Glasvezel 1000", "C-3 Glasvezel 1000"],
            await db.QueryAsync<string>("SELECT external_id || ' ' || product FROM contract ORDER BY external_id"));
    }

    [Fact]
    public async Task Rows_sharing_an_account_number_become_one_customer_with_several_contracts()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();

        var run = await ImportRun.CsvAsync(db, CustomerCsv.File(
            CustomerCsv.Row("NL-1", "C-1", product: "Glasvezel"),
            CustomerCsv.Row("DE-9", "C-9", product: "Glasfaser", timeZone: "Europe/Berlin"),
            CustomerCsv.Row("NL-1", "C-2", product: "Mobiel"),
            CustomerCsv.Row("NL-1", "C-3", product: "TV")));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, await db.ScalarAsync<long>("SELECT count(*) FROM customer"));
        Assert.Equal(["C-1", "C-2", "C-3"], await db.QueryAsync<string>(
            "SELECT k.external_id FROM contract k JOIN customer c ON c.id = k.customer_id WHERE c.account_number = 'NL-1' ORDER BY 1"));
    }

    [Fact]
    public async Task Empty_optional_columns_take_the_defaults_and_notice_periods_are_stored_as_ISO()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();

        await ImportRun.CsvAsync(db, CustomerCsv.File(
            CustomerCsv.Row("NL-1", "C-1"),
            CustomerCsv.Row("NL-1", "C-2", notice: "3 maanden", renewal: "Fixed", termEnd: "2026-12-31"),
            CustomerCsv.Row("DE-1", "C-3", notice: "6 Wochen", renewal: "monthly", timeZone: "Europe/Berlin")));

        Assert.Equal(
            ["C-1 P1M tacit Europe/Amsterdam -", "C-2 P3M fixed Europe/Amsterdam 2026-12-31", "C-3 P6W monthly Europe/Berlin -"],
            await db.QueryAsync<string>(
                "SELECT concat_ws(' ', external_id, notice_period, renewal, time_zone, coalesce(minimum_term_end::text, '-')) FROM contract ORDER BY external_id"));
    }

    [Fact]
    public async Task Columns_may_come_in_any_order()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();
        var csv = "time_zone,renewal,notice_period,minimum_term_end,start_date,product,contract_id,x_user_id,phone,email,name,account_number\n" +
                  "Europe/Berlin,fixed,P2M,,2024-05-01,DSL,C-7,,,,Anna Schröder,DE-7\n";

        var run = await ImportRun.CsvAsync(db, csv);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("DE-7 Anna Schröder C-7 DSL 2024-05-01 P2M fixed Europe/Berlin", await db.ScalarAsync<string>(
            "SELECT concat_ws(' ', c.account_number, c.name, k.external_id, k.product, k.start_date::text, k.notice_period, k.renewal, k.time_zone) " +
            "FROM contract k JOIN customer c ON c.id = k.customer_id"));
    }

    [Fact]
    public async Task Twenty_thousand_rows_import_in_seconds()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();
        var rows = Enumerable.Range(1, 20_000).Select(i => CustomerCsv.Row(
            $"NL-{i / 2}", $"C-{i}", email: $"klant{i / 2}@example.nl", phone: $"+316{i / 2:D8}", notice: i % 3 == 0 ? "1 maand" : "P1M"));

        var run = await ImportRun.CsvAsync(db, CustomerCsv.File([.. rows]));

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("imported 20000 rows: 10001 customers (10001 new, 0 updated, 0 unchanged), 20000 contracts (20000 new,", run.Stdout, StringComparison.Ordinal);
        Assert.True(double.Parse(run.Stdout.Split(" in ")[^1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) < 20, run.Stdout);
        Assert.Equal(10001 * 3, await db.ScalarAsync<long>("SELECT count(*) FROM identity_link"));
    }

    [Fact]
    public async Task On_a_terminal_progress_goes_to_stderr_and_the_summary_to_stdout()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();

        var run = await ImportRun.BytesAsync(db, System.Text.Encoding.UTF8.GetBytes(CustomerCsv.File(CustomerCsv.Row("NL-1", "C-1"))), [], interactive: true);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 rows", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("rows/s", run.Stderr, StringComparison.Ordinal);
        Assert.EndsWith("\r", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", run.Stdout, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Intake.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Intake.sln not found above " + AppContext.BaseDirectory);
    }
}
