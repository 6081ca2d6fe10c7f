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
            }
            return _cluster;
        }
        finally
        {
            Gate.Release();
        }
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
