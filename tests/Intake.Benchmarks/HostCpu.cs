using System.Diagnostics;

namespace Intake.Benchmarks;

/// <summary>
/// The CPU time the host processes have used so far (user + system): the difference over a window of fixed load is the
/// hosts' own cost, which a busy machine stretches in wall time but not in CPU-seconds.
/// </summary>
internal static class HostCpu
{
    public static TimeSpan Used(IEnumerable<int> pids) => pids.Aggregate(TimeSpan.Zero, (sum, pid) => sum + Used(pid));

    private static TimeSpan Used(int pid)
    {
        using var process = Process.GetProcessById(pid);
        return process.TotalProcessorTime;
    }
}
