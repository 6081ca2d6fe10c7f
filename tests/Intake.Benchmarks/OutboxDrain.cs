using System.Diagnostics;
using Npgsql;

namespace Intake.Benchmarks;

/// <summary>Waits until no reply is queued or being sent, so one window's backlog does not count against the next.</summary>
internal static class OutboxDrain
{
    public static async Task<long> WaitAsync(NpgsqlDataSource database, TimeSpan atMost, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            await using var command = database.CreateCommand("SELECT count(*) FROM outbound_message WHERE status IN ('queued', 'sending')");
            var left = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            if (left == 0 || clock.Elapsed >= atMost) return left;
            await Task.Delay(500, cancellationToken);
        }
    }
}
