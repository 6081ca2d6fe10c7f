using Dapper;
using Intake.Core.Console;
using Intake.Core.Identity;
using Npgsql;

namespace Intake.Storage.Postgres.Console;

/// <summary>The console's queues with their counts, and case search by reference, address, X handle or account.</summary>
public sealed class PostgresConsoleQueues(NpgsqlDataSource dataSource) : IConsoleQueues
{
    private const string ListColumns =
        """
        SELECT c.reference, c.status, c.kind, c.received_at, c.first_channel, c.updated_at, cu.account_number, k.product,
               p.due_at AS callback_due_at, p.promised_by AS callback_owner,
               EXISTS (SELECT 1 FROM outbound_message o WHERE o.case_id = c.id AND o.status IN ('failed', 'undelivered')) AS delivery_failed,
               s.email AS assignee
        FROM cancellation_case c
        LEFT JOIN staff_user s ON s.id = c.assigned_to
        LEFT JOIN customer cu ON cu.id = c.customer_id
        LEFT JOIN contract k ON k.id = c.contract_id
        LEFT JOIN LATERAL (SELECT id, due_at, promised_by FROM callback_promise
                           WHERE case_id = c.id AND done_at IS NULL ORDER BY due_at LIMIT 1) p ON true
        """;

    private const string ChannelFilter =
        "(@channel::text IS NULL OR EXISTS (SELECT 1 FROM inbound_message m WHERE m.case_id = c.id AND m.channel = @channel))";

    static PostgresConsoleQueues() => DapperTypes.Register();

    /// <param name="staffId">The signed-in staff member, whose open cases are "mine".</param>
    public async Task<QueueCounts> CountAsync(string? channel, long staffId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleAsync<QueueCounts>(new CommandDefinition(
            $"""
            SELECT
              count(*) FILTER (WHERE c.status = 'NeedsReview')::int AS needs_review,
              count(*) FILTER (WHERE c.status = 'NeedsIdentification')::int AS needs_identification,
              count(*) FILTER (WHERE {ConsoleQueueSql.OwedCondition})::int AS confirmation_owed,
              (SELECT count(*) FROM callback_promise p JOIN cancellation_case c ON c.id = p.case_id
               WHERE p.done_at IS NULL AND {ChannelFilter})::int AS callbacks_open,
              (SELECT count(*) FROM callback_promise p JOIN cancellation_case c ON c.id = p.case_id
               WHERE p.done_at IS NULL AND p.due_at < @now AND {ChannelFilter})::int AS callbacks_overdue,
              count(*) FILTER (WHERE c.status IN ('Accepted', 'Completed') AND c.updated_at > @recentSince)::int AS recently_confirmed,
              count(*) FILTER (WHERE {ConsoleQueueSql.Condition(ConsoleQueue.Mine)})::int AS mine
            FROM cancellation_case c WHERE {ChannelFilter}
            """, new { channel, staffId, now, recentSince = now - ConsoleQueue.RecentWindow }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<CaseListItem>> ListAsync(string queue, string? channel, long staffId, DateTimeOffset now, int offset, int limit, CancellationToken cancellationToken)
    {
        var order = queue switch
        {
            ConsoleQueue.Callbacks => "p.due_at, c.id",
            ConsoleQueue.RecentlyConfirmed => "c.updated_at DESC, c.id DESC",
            _ => "c.received_at, c.id", // oldest declaration first: it has waited longest
        };
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<CaseListItem>(new CommandDefinition(
            $"{ListColumns} WHERE ({ConsoleQueueSql.Condition(queue)}) AND {ChannelFilter} ORDER BY {order} OFFSET @offset LIMIT @limit",
            new { channel, staffId, offset, limit, recentSince = now - ConsoleQueue.RecentWindow }, cancellationToken: cancellationToken))];
    }

    /// <summary>Cases matching a reference, email, phone, X handle or user id, or account number; newest first.</summary>
    public async Task<IReadOnlyList<CaseListItem>> SearchAsync(string query, string? channel, int offset, int limit, CancellationToken cancellationToken)
    {
        var q = query.Trim();
        if (q.Length == 0) return [];
        var address = SenderAddress.Normalise(q);
        var handle = (q.StartsWith('@') ? q : "@" + q).ToLowerInvariant();
        var upper = q.ToUpperInvariant();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<CaseListItem>(new CommandDefinition(
            $"""
            {ListColumns}
            WHERE (c.reference = @upper
               OR c.id IN (SELECT case_id FROM inbound_message WHERE case_id IS NOT NULL
                           AND (sender_address = @address OR lower(display_name) = @handle))
               OR c.customer_id IN (SELECT customer_id FROM identity_link WHERE value IN (@address, @upper))
               OR c.customer_id IN (SELECT id FROM customer WHERE account_number = @upper OR email = @address OR phone = @address))
              AND {ChannelFilter}
            ORDER BY c.received_at DESC, c.id DESC OFFSET @offset LIMIT @limit
            """, new { upper, address, handle, channel, offset, limit }, cancellationToken: cancellationToken))];
    }
}
