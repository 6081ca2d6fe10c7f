using System.Text;
using Intake.Storage.Postgres.Customers;
using Intake.Testing;
using Npgsql;

namespace Intake.Storage.Postgres.Tests.Customers;

/// <summary>One run of the import-customers command with its exit code and captured output.</summary>
internal sealed record ImportRun(int ExitCode, string Stdout, string Stderr)
{
    public string Output => Stdout + Stderr;

    public static Task<ImportRun> CsvAsync(TestDatabase db, string csv, params string[] options) =>
        BytesAsync(db, Encoding.UTF8.GetBytes(csv), options);

    public static async Task<ImportRun> BytesAsync(TestDatabase db, byte[] content, string[] options, bool interactive = false)
    {
        var path = Path.Combine(Path.GetTempPath(), $"customers-{Guid.NewGuid():N}.csv");
        await File.WriteAllBytesAsync(path, content);
        try
        {
            return await ArgsAsync(db.DataSource, [path, .. options], interactive);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static async Task<ImportRun> ArgsAsync(NpgsqlDataSource dataSource, IReadOnlyList<string> args, bool interactive = false)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await ImportCustomersCommand.RunAsync(dataSource, args, stdout, stderr, interactive, CancellationToken.None);
        return new ImportRun(exitCode, stdout.ToString(), stderr.ToString());
    }
}
