using System.Diagnostics;
using Npgsql;

namespace Intake.Benchmarks.Faults;

/// <summary>
/// What staff do after an outage: `replay --all` through the built host's command line. A webhook that reached the
/// host while PostgreSQL restarted is kept quarantined (its provider was answered and will not send it again).
/// </summary>
internal static class QuarantineReplay
{
    /// <summary>Replays every quarantined payload when there is one; returns how many there were.</summary>
    public static async Task<long> RunAsync(string hostDll, string connectionString, NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        await using var count = database.CreateCommand("SELECT count(*) FROM raw_payload WHERE status = 'quarantined'");
        var quarantined = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        if (quarantined == 0) return 0;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.GetFullPath(hostDll), "replay", "--all" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ConnectionStrings__Intake"] = connectionString;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"replay --all exited {process.ExitCode}: {await output}{await error}");
        return quarantined;
    }
}
