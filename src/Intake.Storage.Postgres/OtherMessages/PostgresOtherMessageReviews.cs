using Dapper;
using Intake.Core.OtherMessages;
using Npgsql;

namespace Intake.Storage.Postgres.OtherMessages;

/// <summary>Marks queued <c>other</c> messages as looked at, and counts what staff turned into cancellations.</summary>
public sealed class PostgresOtherMessageReviews : IOtherMessageReviews
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresOtherMessageReviews(NpgsqlDataSource dataSource)
    {
        DapperTypes.Register();
        _dataSource = dataSource;
    }

    public async Task<bool> MarkReviewedAsync(long messageId, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        // Marked once: a second click leaves the first reviewer and time as they were.
        var rows = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE inbound_message SET reviewed_at = coalesce(reviewed_at, @at), reviewed_by = coalesce(reviewed_by, @actor)
            WHERE id = @messageId AND intent = 'other' AND case_id IS NULL
            """, new { messageId, actor, at }, cancellationToken: cancellationToken));
        return rows == 1;
    }

    public async Task<MissRate> MissRateAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleAsync<MissRate>(new CommandDefinition(
            """
            SELECT count(*) FILTER (WHERE classified_intent = 'other' AND intent = 'cancel')::int AS reclassified, count(*)::int AS other
            FROM inbound_message
            WHERE ((intent = 'other' AND case_id IS NULL) OR classified_intent = 'other') AND received_at >= @since
            """, new { since }, cancellationToken: cancellationToken));
    }
}
