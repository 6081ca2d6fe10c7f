using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Intake.Benchmarks;

/// <summary>
/// PostgreSQL's own ceiling on this machine: single-row INSERT transactions/s into a fresh table with a unique
/// key, 8 connections, on the database under test (pgbench when installed, else an Npgsql loop).
/// </summary>
internal static partial class PostgresCeiling
{
    private const int Connections = 8;
    private const string Insert = "INSERT INTO bench_ceiling (k) VALUES (gen_random_uuid());";

    public static async Task<(double Tps, string Tool)> MeasureAsync(string connectionString, TimeSpan duration, CancellationToken cancellationToken)
    {
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand(
                "DROP TABLE IF EXISTS bench_ceiling; CREATE TABLE bench_ceiling (id bigint GENERATED ALWAYS AS IDENTITY, k uuid NOT NULL UNIQUE)",
                connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        try
        {
            return PgbenchPath() is { } pgbench
                ? (await PgbenchAsync(pgbench, connectionString, duration, cancellationToken), "pgbench")
                : (await NpgsqlLoopAsync(connectionString, duration, cancellationToken), "npgsql");
        }
        finally
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(CancellationToken.None);
            await using var drop = new NpgsqlCommand("DROP TABLE IF EXISTS bench_ceiling", connection);
            await drop.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private static string? PgbenchPath()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "pgbench"));
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending(StringComparer.Ordinal).Select(dir => Path.Combine(dir, "bin", "pgbench"))
            : [];
        return onPath.Concat(debian).FirstOrDefault(File.Exists);
    }

    private static async Task<double> PgbenchAsync(string pgbench, string connectionString, TimeSpan duration, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var script = Path.Combine(Path.GetTempPath(), "intake-bench-" + Guid.NewGuid().ToString("N") + ".sql");
        await File.WriteAllTextAsync(script, Insert + "\n", cancellationToken);
        try
        {
            var start = new ProcessStartInfo(pgbench)
            {
                ArgumentList =
                {
                    "-n", "-f", script, "-c", Connections.ToString(CultureInfo.InvariantCulture), "-j", "2",
                    "-T", ((int)Math.Max(1, duration.TotalSeconds)).ToString(CultureInfo.InvariantCulture),
                    "-h", builder.Host ?? "127.0.0.1", "-p", builder.Port.ToString(CultureInfo.InvariantCulture),
                    "-U", builder.Username ?? "postgres", builder.Database ?? "postgres",
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            if (builder.Password is { } password) start.Environment["PGPASSWORD"] = password;
            using var process = Process.Start(start) ?? throw new InvalidOperationException("pgbench did not start.");
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            var match = TpsLine().Match(await output);
            if (process.ExitCode != 0 || !match.Success)
                throw new InvalidOperationException($"pgbench failed (code {process.ExitCode}): {await error}");
            return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static async Task<double> NpgsqlLoopAsync(string connectionString, TimeSpan duration, CancellationToken cancellationToken)
    {
        long count = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Connections).Select(async _ =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(Insert, connection);
            await command.PrepareAsync(cancellationToken);
            while (clock.Elapsed < duration)
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
                Interlocked.Increment(ref count);
            }
        });
        await Task.WhenAll(workers);
        return Interlocked.Read(ref count) / clock.Elapsed.TotalSeconds;
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex TpsLine();
}
