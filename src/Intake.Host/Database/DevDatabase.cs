using Npgsql;

namespace Intake.Host.Database;

/// <summary>
/// The development database: a private PostgreSQL cluster under ./.intake (initdb on first use) on a free
/// loopback port, started with the host and stopped with it.
/// </summary>
internal static class DevDatabase
{
    public const string DatabaseName = "intake";

    public static async Task<(PrivatePostgresCluster Cluster, string ConnectionString)> StartAsync(
        string? configuredDirectory, string contentRoot, bool attach, CancellationToken cancellationToken)
    {
        var directory = DataDirectory(configuredDirectory, contentRoot);
        var cluster = await PrivatePostgresCluster.StartAsync(directory, deleteOnDispose: false, cancellationToken, attach);
        await using (var connection = new NpgsqlConnection(cluster.ConnectionString()))
        {
            await connection.OpenAsync(cancellationToken);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = DatabaseName } } };
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
                await cluster.CreateDatabaseAsync(DatabaseName, cancellationToken);
        }
        return (cluster, cluster.ConnectionString(DatabaseName));
    }

    // As root the cluster runs as the postgres user, who cannot enter a checkout under a 0700 home:
    // then the data lives under /var/tmp, keyed by the checkout so two checkouts never share one.
    private static string DataDirectory(string? configured, string contentRoot)
    {
        var wanted = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? Path.Combine(contentRoot, ".intake", "pg") : configured);
        if (Environment.UserName != "root" || !OperatingSystem.IsLinux() || ReachableByOthers(Path.GetDirectoryName(wanted)!)) return wanted;
        var key = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(wanted)))[..12].ToLowerInvariant();
        var fallback = Path.Combine("/var/tmp", "intake-dev", key, "pg");
        Directory.CreateDirectory(Path.GetDirectoryName(fallback)!);
        File.SetUnixFileMode(Path.Combine("/var/tmp", "intake-dev"), (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(Path.GetDirectoryName(fallback)!, (UnixFileMode)0b111_101_101);
        return fallback;
    }

    private static bool ReachableByOthers(string directory)
    {
        Directory.CreateDirectory(directory);
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
            if ((File.GetUnixFileMode(dir.FullName) & UnixFileMode.OtherExecute) == 0) return false;
        return true;
    }
}
