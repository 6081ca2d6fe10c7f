using Dapper;
using Intake.Core.Callbacks;
using Intake.Storage.Postgres.Cases;
using Npgsql;

namespace Intake.Storage.Postgres.Callbacks;

/// <summary>
/// Escalates overdue callback promises of every kind, whoever made them (staff: PostgresStaffCallbacks, the IVR:
/// PostgresCallbackPromises): escalated_at once, and one callback_overdue event each, in one statement.
/// </summary>
public sealed class PostgresCallbackEscalation(NpgsqlDataSource dataSource) : ICallbackEscalation
{
    // The NOT EXISTS keeps a promise escalated by an earlier version of this job (the IVR's own, which wrote the event
    // but no escalated_at) from getting a second event.
    private const string Escalate =
        $"""
        WITH overdue AS (
            SELECT id FROM callback_promise WHERE done_at IS NULL AND escalated_at IS NULL AND due_at < @now
            ORDER BY id FOR UPDATE SKIP LOCKED),
        escalated AS (
            UPDATE callback_promise p SET escalated_at = @now FROM overdue WHERE p.id = overdue.id
            RETURNING p.id, p.case_id, p.due_at, p.promised_by),
        events AS (
            {PostgresCaseJournal.InsertInto}
            SELECT p.case_id, @now, 'callback_overdue', 'system', c.verified,
                   jsonb_build_object('promiseId', p.id, 'dueAt', p.due_at, 'promisedBy', p.promised_by)
            FROM escalated p JOIN cancellation_case c ON c.id = p.case_id
            WHERE NOT EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = p.case_id AND e.type = 'callback_overdue'
                              AND (e.data->>'promiseId')::bigint = p.id))
        SELECT id FROM escalated ORDER BY id
        """;

    public async Task<IReadOnlyList<long>> EscalateOverdueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Npgsql takes a timestamptz only with offset zero.
        var at = now.ToUniversalTime();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<long>(new CommandDefinition(Escalate, new { now = at }, cancellationToken: cancellationToken))];
    }
}
