using System.Security.Cryptography;
using Intake.Storage.Postgres.Cluster;

namespace Intake.Benchmarks;

/// <summary>
/// What the run targets: a private PostgreSQL and real host processes it started (stopped on dispose, also after
/// Ctrl+C or a failure), or the host and database given on the command line.
/// </summary>
internal sealed class BenchmarkEnvironment : IAsyncDisposable
{
    private PrivatePostgresCluster? _cluster;
    private readonly List<HostProcess> _hosts = [];

    private BenchmarkEnvironment(string connectionString, string apiKey)
    {
        ConnectionString = connectionString;
        ApiKey = apiKey;
    }

    public string ConnectionString { get; private set; }

    public string ApiKey { get; }

    public IReadOnlyList<string> BaseUrls { get; private set; } = [];

    /// <summary>The host processes we started (none when targeting --url).</summary>
    public IReadOnlyList<HostProcess> Hosts => _hosts;

    public static async Task<BenchmarkEnvironment> StartAsync(BenchmarkOptions options, Action<string> report, CancellationToken cancellationToken)
    {
        var apiKey = options.ApiKey ?? Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        var environment = new BenchmarkEnvironment(options.Connection ?? "", apiKey);
        try
        {
            if (options.Connection is null)
            {
                environment._cluster = await PrivatePostgresCluster.StartTemporaryAsync(cancellationToken);
                environment.ConnectionString = await environment._cluster.CreateDatabaseAsync("bench", cancellationToken);
                report($"private PostgreSQL on 127.0.0.1:{environment._cluster.Port}");
            }
            if (options.Url is { } url)
            {
                environment.BaseUrls = [url];
                return environment;
            }
            // One after the other: the first migrates the schema, the others find it done.
            for (var i = 0; i < options.Hosts; i++)
            {
                var host = await HostProcess.StartAsync(options.HostDll, environment.ConnectionString, apiKey, cancellationToken);
                environment._hosts.Add(host);
                report($"host {i + 1} ready at {host.BaseUrl} (pid {host.Pid})");
            }
            environment.BaseUrls = [.. environment._hosts.Select(host => host.BaseUrl)];
            return environment;
        }
        catch
        {
            await environment.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts) await host.DisposeAsync();
        _hosts.Clear();
        if (_cluster is not null) await _cluster.DisposeAsync();
        _cluster = null;
    }
}
