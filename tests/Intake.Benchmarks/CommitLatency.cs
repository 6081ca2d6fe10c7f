using System.Diagnostics;
using Npgsql;

namespace Intake.Benchmarks;

/// <summary>
/// One single-row INSERT transaction at a time on one connection: what a commit (WAL flush) costs here now, the
/// floor under each of an intake's own commits.
/// </summary>
internal static class CommitLatency
{
    public static async Task<LatencySummary> MeasureAsync(string connectionString, int count, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // A real (not temporary) table: temporary ones skip the WAL, and the WAL flush is what is measured.
        await using (var create = new NpgsqlCommand("CREATE TABLE IF NOT EXISTS bench_commit (k uuid PRIMARY KEY)", connection))
            await create.ExecuteNonQueryAsync(cancellationToken);
        await using var insert = new NpgsqlCommand("INSERT INTO bench_commit (k) VALUES (gen_random_uuid())", connection);
        var latencies = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            await insert.ExecuteNonQueryAsync(cancellationToken);
            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }
        await using (var drop = new NpgsqlCommand("DROP TABLE bench_commit", connection))
            await drop.ExecuteNonQueryAsync(cancellationToken);
        return LatencySummary.Of(latencies);
    }
}
