using Dapper;
using Intake.Core.Console;
using Intake.Storage.Postgres.Cases;
using Npgsql;

namespace Intake.Storage.Postgres.Console;

/// <summary>Callback promises staff make and keep; every step is in the case's timeline (CallbackEscalationJob escalates them when overdue).</summary>
public sealed class PostgresStaffCallbacks(NpgsqlDataSource dataSource, TimeProvider time) : IStaffCallbacks
{
    static PostgresStaffCallbacks() => DapperTypes.Register();

    /// <summary>Promises a callback due at <paramref name="dueAt"/>; the note stays on the promise, not in the audit. Null when the case is unknown.</summary>
    public async Task<long?> PromiseAsync(string reference, string actor, DateTimeOffset dueAt, string? note, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await StaffCaseEvents.LockAsync(connection, transaction, reference, cancellationToken) is not { } locked) return null;
        var now = time.GetUtcNow();
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO callback_promise (case_id, due_at, promised_by, note, created_at) VALUES (@Id, @dueAt, @actor, @note, @now) RETURNING id",
            new { locked.Id, dueAt, actor, note, now }, transaction, cancellationToken: cancellationToken));
        await PostgresCaseJournal.AppendAsync(connection, transaction, locked.Id, locked.Verified, now, "callback_promised", actor,
            new Dictionary<string, object?> { ["promiseId"] = id, ["dueAt"] = dueAt.ToUniversalTime() }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    /// <summary>Marks an open promise of the case as kept; false when it is not open.</summary>
    public async Task<bool> CompleteAsync(string reference, long promiseId, string actor, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await StaffCaseEvents.LockAsync(connection, transaction, reference, cancellationToken) is not { } locked) return false;
        var now = time.GetUtcNow();
        var due = await connection.QuerySingleOrDefaultAsync<DateTimeOffset?>(new CommandDefinition(
            "UPDATE callback_promise SET done_at = @now, done_by = @actor WHERE id = @promiseId AND case_id = @Id AND done_at IS NULL RETURNING due_at",
            new { promiseId, locked.Id, actor, now }, transaction, cancellationToken: cancellationToken));
        if (due is null) return false;
        await PostgresCaseJournal.AppendAsync(connection, transaction, locked.Id, locked.Verified, now, "callback_done", actor,
            new Dictionary<string, object?> { ["promiseId"] = promiseId, ["dueAt"] = due.Value.ToUniversalTime(), ["late"] = now > due.Value }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// A page of the open promises, soonest first: <paramref name="limit"/> from <paramref name="offset"/> on (null: all the rest);
    /// only <paramref name="owner"/>'s (plus unowned IVR ones) when given.
    /// </summary>
    public async Task<IReadOnlyList<OpenCallback>> ListOpenAsync(string? owner, bool overdueOnly, int offset, int? limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<OpenCallback>(new CommandDefinition(
            """
            SELECT p.id, c.reference, p.due_at, p.promised_by, p.note, p.escalated_at, c.status AS case_status
            FROM callback_promise p JOIN cancellation_case c ON c.id = p.case_id
            WHERE p.done_at IS NULL
              AND (@owner::text IS NULL OR p.promised_by = @owner OR p.promised_by NOT LIKE 'staff:%')
              AND (NOT @overdueOnly OR p.due_at < @now)
            ORDER BY p.due_at, p.id OFFSET @offset LIMIT @limit
            """, new { owner, overdueOnly, now = time.GetUtcNow(), offset, limit }, cancellationToken: cancellationToken))];
    }
}
