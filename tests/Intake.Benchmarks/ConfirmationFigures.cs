using Npgsql;

namespace Intake.Benchmarks;

/// <summary>What the outbox says after a drain: rows handed over since it started, by status and channel, and over how long.</summary>
internal sealed record ConfirmationFigures(long Drained, double SendSeconds, IReadOnlyDictionary<string, long> ByStatus, IReadOnlyDictionary<string, long> ByChannel)
{
    public static async Task<ConfirmationFigures> ReadAsync(NpgsqlDataSource database, DateTimeOffset since, CancellationToken cancellationToken)
    {
        // sent_at is set by the dispatcher in the same statement that records the provider's answer; the span runs from the
        // first row handed over to the last, so the draining host's start-up is not in the rate.
        await using var span = database.CreateCommand(
            """
            SELECT count(*), coalesce(extract(epoch FROM max(sent_at) - min(sent_at)), 0)::float8
            FROM outbound_message WHERE sent_at >= @since
            """);
        span.Parameters.AddWithValue("since", since);
        long drained;
        double seconds;
        await using (var reader = await span.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            drained = reader.GetInt64(0);
            seconds = reader.GetDouble(1);
        }
        return new ConfirmationFigures(drained, seconds,
            await CountAsync(database, "status", cancellationToken), await CountAsync(database, "channel", cancellationToken));
    }

    private static async Task<IReadOnlyDictionary<string, long>> CountAsync(NpgsqlDataSource database, string column, CancellationToken cancellationToken)
    {
        // column is one of two names given above, never input.
        await using var command = database.CreateCommand($"SELECT {column}, count(*) FROM outbound_message GROUP BY 1 ORDER BY 1");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken)) counts[reader.GetString(0)] = reader.GetInt64(1);
        return counts;
    }
}
