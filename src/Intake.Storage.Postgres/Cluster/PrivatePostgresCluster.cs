using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Intake.Storage.Postgres.Cluster;

/// <summary>
/// A private PostgreSQL cluster started from the system's binaries on a free loopback port:
/// the development database when no connection string is configured, and the tests' database.
/// </summary>
public sealed class PrivatePostgresCluster : IAsyncDisposable
{
    private readonly string _dataDirectory;
    private readonly bool _deleteOnDispose;
    private Process? _process;

    private readonly bool _attach;

    private PrivatePostgresCluster(string dataDirectory, bool deleteOnDispose, bool attach = false)
    {
        _dataDirectory = dataDirectory;
        _deleteOnDispose = deleteOnDispose;
        _attach = attach;
    }

    public int Port { get; private set; }

    /// <summary>Where the cluster keeps its data (its postmaster.pid names the running server).</summary>
    public string DataDirectory => _dataDirectory;

    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=50;Include Error Detail=true";

    /// <summary>Starts a throw-away cluster in a fresh temp directory, deleted on dispose.</summary>
    public static Task<PrivatePostgresCluster> StartTemporaryAsync(CancellationToken cancellationToken) =>
        StartAsync(Path.Combine(ReachableTempRoot(), "intake-pg-" + Guid.NewGuid().ToString("N")[..12]), true, cancellationToken);

    /// <summary>Starts (initdb on first use) a cluster kept in <paramref name="dataDirectory"/>.</summary>
    /// <param name="attach">Use a postmaster already running on the directory (a command beside a running host) instead of stopping it.</param>
    public static async Task<PrivatePostgresCluster> StartAsync(string dataDirectory, bool deleteOnDispose, CancellationToken cancellationToken, bool attach = false)
    {
        var cluster = new PrivatePostgresCluster(Path.GetFullPath(dataDirectory), deleteOnDispose, attach);
        await cluster.StartAsync(cancellationToken);
        return cluster;
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        var bin = PostgresBinaries.Locate();
        var asRoot = Environment.UserName == "root";
        if (!File.Exists(Path.Combine(_dataDirectory, "PG_VERSION")))
        {
            Directory.CreateDirectory(_dataDirectory);
            if (asRoot) await PostgresCommand.RunAsync("chown", ["-R", "postgres:postgres", _dataDirectory], false, cancellationToken);
            await PostgresCommand.RunAsync(Path.Combine(bin, "initdb"),
                ["-D", _dataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync", "--locale=C"], asRoot, cancellationToken);
        }
        if (_attach && RunningPostmaster() is { Port: > 0 } running)
        {
            Port = running.Port;
            await WaitUntilReadyAsync(cancellationToken);
            return;
        }
        await StopOrphanAsync(cancellationToken);
        if (Port == 0) Port = FreeLoopbackPort();
        // Each host keeps pools (its own data source, Hangfire's workers) and a test run starts dozens of hosts on one
        // cluster, whose idle pooled connections live on for minutes: room for them all.
        _process = PostgresCommand.Start(Path.Combine(bin, "postgres"),
            ["-D", _dataDirectory, "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-k", _dataDirectory,
             "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=1000", "-c", "fsync=on",
             "-c", "shared_buffers=128MB", "-c", "logging_collector=off"], asRoot);
        await WaitUntilReadyAsync(cancellationToken);
    }

    // A host killed hard leaves its postmaster running on the data directory; stop it so this start can own it.
    private async Task StopOrphanAsync(CancellationToken cancellationToken)
    {
        if (RunningPostmaster() is not { } running) return;
        var pid = running.Pid;
        await PostgresCommand.RunAsync("kill", ["-INT", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)], false, cancellationToken);
        for (var i = 0; i < 300 && Directory.Exists($"/proc/{pid}"); i++) await Task.Delay(100, cancellationToken);
    }

    // postmaster.pid: line 1 the pid, line 4 the port.
    private (int Pid, int Port)? RunningPostmaster()
    {
        var pidFile = Path.Combine(_dataDirectory, "postmaster.pid");
        string[] lines;
        try { lines = File.ReadAllLines(pidFile); } catch (IOException) { return null; } catch (UnauthorizedAccessException) { return null; }
        if (lines.Length < 4 || !int.TryParse(lines[0], System.Globalization.CultureInfo.InvariantCulture, out var pid) || !Directory.Exists($"/proc/{pid}"))
            return null;
        return (pid, int.TryParse(lines[3], System.Globalization.CultureInfo.InvariantCulture, out var port) ? port : 0);
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            if (_process is { HasExited: true })
                throw new InvalidOperationException($"PostgreSQL exited during start (code {_process.ExitCode}): {PostgresCommand.Tail(_process)}");
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString());
                await connection.OpenAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException ex)
            {
                last = ex;
                await Task.Delay(100, cancellationToken);
            }
        }
        throw new InvalidOperationException("PostgreSQL did not accept connections within 60 s.", last);
    }

    /// <summary>Creates a database (for tests that want a clean one each).</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "", StringComparison.Ordinal)}\"", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ConnectionString(name);
    }

    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited) return;
        // SIGINT is PostgreSQL's "fast shutdown": it rolls back open sessions and writes a checkpoint.
        await PostgresCommand.RunAsync("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], false, CancellationToken.None);
        if (!_process.WaitForExit(TimeSpan.FromSeconds(30))) _process.Kill(true);
    }

    /// <summary>Starts the cluster again on the same port after a stop (fault tests restart the database).</summary>
    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        await StopAsync();
        await StartAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        NpgsqlConnection.ClearAllPools();
        if (_deleteOnDispose)
        {
            try { Directory.Delete(_dataDirectory, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    internal static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // A directory under a 0700 home is not searchable by the postgres user, so temp clusters live under /tmp.
    private static string ReachableTempRoot()
    {
        var root = Path.Combine("/tmp", "intake-clusters");
        Directory.CreateDirectory(root);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(root, (UnixFileMode)0b111_111_111 | UnixFileMode.StickyBit);
        return root;
    }
}
