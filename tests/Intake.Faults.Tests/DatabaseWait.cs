using Intake.Testing;

namespace Intake.Faults.Tests;

/// <summary>Bounded waits on what the host wrote: no timed assertions, just "until this count is reached or a minute passed".</summary>
internal static class DatabaseWait
{
    /// <summary>Polls <paramref name="sql"/> (a count) until it reaches <paramref name="atLeast"/> or 60 s passed; returns its last value.</summary>
    public static async Task<long> UntilAsync(TestDatabase database, string sql, long atLeast)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var value = await database.ScalarAsync<long?>(sql) ?? 0;
            if (value >= atLeast || DateTime.UtcNow > deadline) return value;
            await Task.Delay(250);
        }
    }
}
