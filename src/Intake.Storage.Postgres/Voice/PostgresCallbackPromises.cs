using Dapper;
using Intake.Core.Voice;
using Intake.Storage.Postgres.Cases;
using Npgsql;

namespace Intake.Storage.Postgres.Voice;

/// <summary>Callback promises made by the IVR in callback_promise, each with its case event (CallbackEscalationJob escalates them when overdue).</summary>
public sealed class PostgresCallbackPromises(NpgsqlDataSource dataSource) : ICallbackPromises
{
    public async Task<DateTimeOffset> PromiseAsync(string caseReference, string callSid, DateTimeOffset dueAt, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var promisedBy = "ivr:" + callSid;
        var inserted = await connection.QuerySingleOrDefaultAsync<(long Id, long CaseId, bool Verified)?>(new CommandDefinition(
            """
            INSERT INTO callback_promise (case_id, due_at, promised_by, created_at)
            SELECT c.id, @dueAt, @promisedBy, @at FROM cancellation_case c
            WHERE c.reference = @caseReference AND NOT EXISTS (SELECT 1 FROM callback_promise WHERE promised_by = @promisedBy)
            RETURNING id, case_id, (SELECT verified FROM cancellation_case WHERE reference = @caseReference)
            """, new { caseReference, promisedBy, dueAt = dueAt.UtcDateTime, at = at.UtcDateTime }, transaction, cancellationToken: cancellationToken));
        if (inserted is { } promise)
        {
            await PostgresCaseJournal.AppendAsync(connection, transaction, promise.CaseId, promise.Verified, at, "callback_promised", "system",
                new { promiseId = promise.Id, dueAt = dueAt.ToUniversalTime(), channel = "voice" }, cancellationToken);
        }
        var due = await connection.ExecuteScalarAsync<DateTime>(new CommandDefinition(
            "SELECT due_at FROM callback_promise WHERE promised_by = @promisedBy", new { promisedBy }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new DateTimeOffset(DateTime.SpecifyKind(due, DateTimeKind.Utc));
    }
}
