using System.Text;
using Intake.Testing;

namespace Intake.Storage.Postgres.Tests.Customers;

public sealed class CsvFormatImportTests
{
    [Fact]
    public async Task Quoted_commas_quotes_and_line_breaks_a_BOM_and_CRLF_line_ends_import_intact()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();
        var csv = CustomerCsv.Header + "\r\n" +
                  "NL-1,\"Bakker, Pieter\",,,,C-1,\"Glasvezel \"\"Max\"\"\",2024-01-01,,,,\r\n" +
                  "NL-2,\"Jansen\r\nVisser\",,,,C-2,TV,2024-02-01,,,,\r\n" +
                  "\r\n" +
                  "NL-3,Smit,,,,C-3,\"Mobiel, 10 GB\",2024-03-01,,,,";
        var withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();

        var run = await ImportRun.BytesAsync(db, withBom, []);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            ["NL-1|Bakker, Pieter|Glasvezel \"Max\"", "NL-2|Jansen\r\nVisser|TV", "NL-3|Smit|Mobiel, 10 GB"],
            await db.QueryAsync<string>(
                "SELECT c.account_number || '|' || c.name || '|' || k.product FROM contract k JOIN customer c ON c.id = k.customer_id ORDER BY 1"));
    }

    [Fact]
    public async Task Line_numbers_count_the_line_breaks_inside_quoted_fields()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();
        var csv = CustomerCsv.Header + "\r\n" +
                  "NL-1,\"Jansen\r\nVisser\r\nde Boer\",,,,C-1,TV,2024-02-01,,,,\r\n" +
                  "NL-2,Smit,,,,C-2,TV,2024-02-30,,,,\r\n";

        var run = await ImportRun.CsvAsync(db, csv);

        Assert.Equal("line 5: start_date \"2024-02-30\" is not a date (yyyy-MM-dd)\n", run.Stderr);
    }
}
