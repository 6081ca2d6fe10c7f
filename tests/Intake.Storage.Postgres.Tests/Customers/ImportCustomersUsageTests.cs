using Npgsql;

namespace Intake.Storage.Postgres.Tests.Customers;

public sealed class ImportCustomersUsageTests
{
    // Usage errors are answered before any connection is opened: nothing listens here.
    private static readonly NpgsqlDataSource Unreachable = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Timeout=1");

    [Theory]
    [InlineData(new string[0], "no file given")]
    [InlineData(new[] { "/nonexistent/customers.csv" }, "file not found: /nonexistent/customers.csv")]
    [InlineData(new[] { "--skip-invalid" }, "no file given")]
    public async Task A_missing_file_prints_the_usage_and_exits_with_2(string[] args, string problem)
    {
        var run = await ImportRun.ArgsAsync(Unreachable, args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("import-customers: " + problem, run.Stderr, StringComparison.Ordinal);
        Assert.Contains("usage: import-customers FILE.csv [--skip-invalid]", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task An_unknown_option_prints_the_usage_and_exits_with_2()
    {
        var file = Path.GetTempFileName();
        try
        {
            var run = await ImportRun.ArgsAsync(Unreachable, [file, "--dry-run"]);

            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith("import-customers: unknown option --dry-run", run.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Two_files_print_the_usage_and_exit_with_2()
    {
        var run = await ImportRun.ArgsAsync(Unreachable, ["a.csv", "b.csv"]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("import-customers: only one file can be imported at a time", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_prints_the_usage_on_stdout_and_exits_with_0()
    {
        var run = await ImportRun.ArgsAsync(Unreachable, ["--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("exit codes: 0 imported", run.Stdout, StringComparison.Ordinal);
    }
}
