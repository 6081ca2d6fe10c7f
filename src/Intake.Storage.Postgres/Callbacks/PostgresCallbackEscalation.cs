using Dapper;
using Intake.Core.Callbacks;
using Intake.Storage.Postgres.Cases;
using Npgsql;

namespace Intake.Storage.Postgres.Callbacks;

/// <summary>
/// Escalates overdue callback promises of every kind, whoever made them (staff: PostgresStaffCallbacks, the IVR:
/// PostgresCallbackPromises): escalated_at once, and one callback_overdue event each in the same transaction.
/// </summary>
public sealed class PostgresCallbackEscalation(NpgsqlDataSource dataSource) : ICallbackEscalation
{
    public async Task<IReadOnlyList<long>> EscalateOverdueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        now = now.ToUniversalTime(); // Npgsql takes a timestamptz only with offset zero
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var escalated = (await connection.QueryAsync<long>(new CommandDefinition(
            """
            WITH overdue AS (
                SELECT id FROM callback_promise WHERE done_at IS NULL AND escalated_at IS NULL AND due_at < @now
                ORDER BY id FOR UPDATE SKIP LOCKED)
            UPDATE callback_promise p SET escalated_at = @now FROM overdue WHERE p.id = overdue.id RETURNING p.id
            """, new { now }, transaction, cancellationToken: cancellationToken))).ToArray();
        // The NOT EXISTS keeps an event written by an earlier version of this escalation (the IVR's own) from doubling.
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            {PostgresCaseJournal.InsertInto}
            SELECT p.case_id, @now, 'callback_overdue', 'system', c.verified,
                   jsonb_build_object('promiseId', p.id, 'dueAt', p.due_at, 'promisedBy', p.promised_by)
            FROM callback_promise p JOIN cancellation_case c ON c.id = p.case_id
            WHERE p.id = ANY(@escalated)
              AND NOT EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = p.case_id AND e.type = 'callback_overdue'
                              AND (e.data->>'promiseId')::bigint = p.id)
            """, new { now, escalated }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return escalated;
    }
}
