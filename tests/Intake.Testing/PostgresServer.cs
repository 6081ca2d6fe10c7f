using System.Diagnostics;
using System.Globalization;
using Intake.Storage.Postgres.Cluster;
using Intake.Storage.Postgres.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Intake.Testing;

/// <summary>
/// One private PostgreSQL cluster per test run (started on first use, stopped at process exit);
/// every caller gets a fresh, migrated database of its own.
/// </summary>
public static class PostgresServer
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static PrivatePostgresCluster? _cluster;
    private static int _counter;

    public static async Task<PrivatePostgresCluster> ClusterAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_cluster is null)
            {
                // A server that cannot start fails the test with the reason; it never skips.
                _cluster = await PrivatePostgresCluster.StartTemporaryAsync(CancellationToken.None);
                AppDomain.CurrentDomain.ProcessExit += (_, _) => _cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
                StopWhenThisProcessEnds(_cluster.DataDirectory);
            }
            return _cluster;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>
    /// The test runner may end this process before ProcessExit has stopped the cluster (or kill it): a detached watchdog
    /// stops the server and removes its directory once this process is gone, so test runs leave no PostgreSQL behind.
    /// </summary>
    private static void StopWhenThisProcessEnds(string dataDirectory)
    {
        const string script =
            """
            while kill -0 "$1" 2>/dev/null; do sleep 2; done
            if [ -f "$2/postmaster.pid" ]; then kill -INT "$(head -n 1 "$2/postmaster.pid")" 2>/dev/null; fi
            for i in $(seq 1 40); do [ -f "$2/postmaster.pid" ] || break; sleep 0.5; done
            rm -rf "$2"
            """;
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false };
        foreach (var argument in new[] { "sh", "-c", script, "intake-pg-watchdog", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), dataDirectory })
            start.ArgumentList.Add(argument);
        Process.Start(start)?.Dispose();
    }

    /// <summary>Creates a new database on the shared cluster, migrated to the current schema.</summary>
    public static async Task<TestDatabase> CreateDatabaseAsync(bool migrate = true)
    {
        var cluster = await ClusterAsync();
        var name = $"t{Environment.ProcessId}_{Interlocked.Increment(ref _counter)}";
        var connectionString = await cluster.CreateDatabaseAsync(name, CancellationToken.None);
        var dataSource = NpgsqlDataSource.Create(connectionString);
        if (migrate)
            await new SchemaMigrator(dataSource, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
        return new TestDatabase(connectionString, dataSource);
    }
}
