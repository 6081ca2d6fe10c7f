using Intake.Benchmarks.Faults;
using Xunit.Abstractions;

namespace Intake.Faults.Tests;

/// <summary>The short form of the fault scenario (eng/bench --soak runs the long one): kills, a PostgreSQL restart, two hosts.</summary>
public sealed class KillAndRestartTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_mixed_stream_survives_hard_kills_and_a_postgres_restart_with_nothing_lost_or_doubled()
    {
        var report = await RunAsync(new FaultOptions { Messages = 2_000, Kills = 4, RestartPostgres = true, HostDll = BuiltHost.Dll });

        Assert.True(report.Kills == 4 && report.PgRestarts == 1, "the faults were not all injected");
        Assert.Empty(report.Problems());
    }

    [Fact]
    public async Task Two_hosts_on_one_database_send_no_confirmation_twice()
    {
        var report = await RunAsync(new FaultOptions { Messages = 600, Hosts = 2, Kills = 0, RestartPostgres = false, HostDll = BuiltHost.Dll });

        Assert.Equal(0, report.DuplicateSends);
        Assert.Empty(report.Problems());
    }

    private async Task<FaultReport> RunAsync(FaultOptions options)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        var report = await new FaultScenario(options, line => output.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {line}")).RunAsync(limit.Token);
        var printed = new StringWriter();
        report.Print(printed);
        output.WriteLine(printed.ToString());
        // Also on the console, so eng/test's log carries the figures.
        Console.WriteLine(printed.ToString());
        return report;
    }
}
