using Intake.Core.Customers;
using Npgsql;

namespace Intake.Storage.Postgres.Customers;

/// <summary>The <c>import-customers FILE.csv [--skip-invalid]</c> command: loads the customer directory from a CSV.</summary>
public static class ImportCustomersCommand
{
    public const int Imported = 0;
    public const int NothingImported = 1;
    public const int UsageOrNothingValid = 2;

    private const string Usage = """
        usage: import-customers FILE.csv [--skip-invalid]

          Imports the customer directory from a UTF-8 CSV file with this header (columns in any order):
            account_number,name,email,phone,x_user_id,contract_id,product,start_date,minimum_term_end,notice_period,renewal,time_zone[,concluded_on][,postcode,house_number]
          One row per contract. Customers are matched by account_number, contracts by contract_id: a re-import
          updates them and never duplicates. When rows of one account differ, the last row wins.

          --skip-invalid   import the valid rows and list the invalid ones; without it, one invalid row imports nothing

        exit codes: 0 imported; 1 nothing imported (invalid rows or file); 2 usage error, or no valid row with --skip-invalid
        """;

    /// <summary>Runs the import; <paramref name="interactive"/> shows a progress line on <paramref name="stderr"/>.</summary>
    /// <returns>0 imported, 1 nothing imported because of invalid data, 2 usage error or nothing valid with --skip-invalid.</returns>
    public static async Task<int> RunAsync(NpgsqlDataSource dataSource, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr,
        bool interactive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        if (args is ["--help"] or ["-h"])
        {
            await stdout.WriteLineAsync(Usage.AsMemory(), cancellationToken);
            return Imported;
        }
        if (!ImportArguments.TryParse(args, out var arguments, out var problem))
        {
            await stderr.WriteLineAsync($"import-customers: {problem}\n\n{Usage}".AsMemory(), cancellationToken);
            return UsageOrNothingValid;
        }

        ImportReport report;
        await using (var file = new FileStream(arguments.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true))
        {
            var progress = interactive ? new ImportProgress(stderr, TimeProvider.System, file) : null;
            report = await new CustomerImporter(dataSource, TimeProvider.System)
                .ImportAsync(new CsvCustomerSource(file), arguments.SkipInvalid, int.MaxValue, progress, cancellationToken);
        }

        foreach (var error in report.Errors)
            await stderr.WriteLineAsync(error.ToString().AsMemory(), cancellationToken);
        if (report.Committed && report.Errors.Count > 0)
            await stderr.WriteLineAsync($"warning: {report.InvalidRows} invalid rows skipped".AsMemory(), cancellationToken);
        await stdout.WriteLineAsync(report.Summary().AsMemory(), cancellationToken);

        if (report.Committed) return Imported;
        return arguments.SkipInvalid && !report.FileRefused ? UsageOrNothingValid : NothingImported;
    }
}
