using System.Globalization;

namespace Intake.Benchmarks;

/// <summary>
/// The CPU time a process has used so far (user + system, from /proc/&lt;pid&gt;/stat): the difference over a window
/// of fixed load is the host's own cost, which a busy machine stretches in wall time but not in CPU-seconds.
/// </summary>
internal static class HostCpu
{
    // USER_HZ: the unit of utime and stime, 100 on every Linux the gateway runs on.
    private const double TicksPerSecond = 100;

    public static TimeSpan Used(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // Field 2 (the command name) is in parentheses and may hold spaces; fields 14 and 15 follow it.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    public static TimeSpan Used(IEnumerable<int> pids) => pids.Aggregate(TimeSpan.Zero, (sum, pid) => sum + Used(pid));
}
