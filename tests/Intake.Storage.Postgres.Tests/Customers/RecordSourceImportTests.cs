using System.Runtime.CompilerServices;
using Intake.Core.Customers;
using Intake.Storage.Postgres.Customers;
using Intake.Testing;

namespace Intake.Storage.Postgres.Tests.Customers;

/// <summary>The import takes records from any source (the API's JSON as well as a CSV file) through the same validation and merge.</summary>
public sealed class RecordSourceImportTests
{
    private static readonly CustomerRecordNaming Naming = new(CustomerCsvHeader.Names.Select(name => name.ToUpperInvariant()).ToArray(), "item", "batch");

    [Fact]
    public async Task Problems_are_named_in_the_sources_terms_and_only_the_first_ones_are_kept_while_all_are_counted()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();

        var report = await new CustomerImporter(db.DataSource, TimeProvider.System).ImportAsync(
            new RecordList(Record(0, "NL-1", "C-1", start: "gisteren"), Record(1, "NL-2", "C-1"), CustomerRecord.Broken(2, "not a record")),
            maxErrorsKept: 2, CancellationToken.None);

        Assert.False(report.Committed);
        Assert.Equal(3, report.InvalidRows);
        Assert.Equal(
            ["item 0: START_DATE \"gisteren\" is not a date (yyyy-MM-dd)", "item 1: CONTRACT_ID \"C-1\" appears twice in the batch (first on item 0)"],
            report.Errors.Select(error => error.ToString()));
        Assert.Equal(["START_DATE", "CONTRACT_ID"], report.Errors.Select(error => Assert.Single(error.Problems).Field));
        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(*) FROM customer"));
    }

    [Fact]
    public async Task The_report_counts_identity_links_and_a_second_run_finds_everything_unchanged()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();
        var importer = new CustomerImporter(db.DataSource, TimeProvider.System);
        var records = new RecordList(Record(0, "NL-1", "C-1", email: "jan@example.nl"), Record(1, "NL-1", "C-2", email: "jan@example.nl"));

        var first = await importer.ImportAsync(records, maxErrorsKept: 10, CancellationToken.None);
        var second = await importer.ImportAsync(records, maxErrorsKept: 10, CancellationToken.None);

        Assert.True(first.Committed);
        Assert.Equal((2, 2, 0), (first.Identities.Total, first.Identities.Inserted, first.Identities.Updated));
        Assert.Equal((1, 2), (first.Customers.Inserted, first.Contracts.Inserted));
        Assert.Equal((1, 2, 2), (second.Customers.Unchanged, second.Contracts.Unchanged, second.Identities.Unchanged));
    }

    private static CustomerRecord Record(int line, string account, string contract, string email = "", string start = "2024-01-01")
    {
        var values = new string[CustomerCsvHeader.Names.Count];
        Array.Fill(values, "");
        values[(int)CustomerField.AccountNumber] = account;
        values[(int)CustomerField.Name] = "Jan de Vries";
        values[(int)CustomerField.Email] = email;
        values[(int)CustomerField.ContractId] = contract;
        values[(int)CustomerField.Product] = "Glasvezel";
        values[(int)CustomerField.StartDate] = start;
        return new CustomerRecord(line, values);
    }

    private sealed class RecordList(params CustomerRecord[] records) : ICustomerRecordSource
    {
        public CustomerRecordNaming Naming => RecordSourceImportTests.Naming;

        public async IAsyncEnumerable<CustomerRecord> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var record in records)
            {
                await Task.Yield();
                yield return record;
            }
        }
    }
}
