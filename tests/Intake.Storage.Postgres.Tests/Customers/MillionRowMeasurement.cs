using Intake.Testing;
using Xunit.Abstractions;

namespace Intake.Storage.Postgres.Tests.Customers;

public sealed class MillionRowMeasurement(ITestOutputHelper output)
{
    [Fact]
    public async Task Measure()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();
        for (var i = 0; i < 2; i++)
        {
            var run = await ImportRun.ArgsAsync(db.DataSource, ["/tmp/customers-1m.csv"]);
            output.WriteLine(run.ExitCode + " " + run.Stdout + run.Stderr[..Math.Min(2000, run.Stderr.Length)]);
            await File.AppendAllTextAsync("/tmp/measure.txt", run.ExitCode + " " + run.Stdout);
        }
        output.WriteLine(await db.ScalarAsync<string>("SELECT (SELECT count(*) FROM customer) || ' ' || (SELECT count(*) FROM contract) || ' ' || (SELECT count(*) FROM identity_link)"));
    }
}
