using Dapper;
using Intake.Core.Console;
using Npgsql;

namespace Intake.Storage.Postgres.Console;

/// <summary>Why customers leave: cases with a reason, counted per ISO week of receipt and per first channel.</summary>
public sealed class PostgresReasonsReport(NpgsqlDataSource dataSource) : IReasonsReport
{
    static PostgresReasonsReport() => DapperTypes.Register();

    /// <summary>Rows for cases received from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive), Amsterdam weeks.</summary>
    public async Task<IReadOnlyList<ReasonCount>> CountAsync(DateTimeOffset from, DateTimeOffset to, string? channel, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<ReasonCount>(new CommandDefinition(
            """
            SELECT to_char(received_at AT TIME ZONE 'Europe/Amsterdam', 'IYYY-"W"IW') AS week, first_channel AS channel,
                   COALESCE(reason, 'unknown') AS reason, count(*)::int AS cases
            FROM cancellation_case
            WHERE received_at >= @from AND received_at < @to AND status NOT IN ('Dismissed')
              AND (@channel::text IS NULL OR first_channel = @channel)
            GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
            """, new { from, to, channel }, cancellationToken: cancellationToken))];
    }
}
