using Dapper;
using Intake.Core.Model;
using Intake.Core.Outbox;
using Npgsql;

namespace Intake.Storage.Postgres.Outbox;

/// <summary>Claims outbox rows with FOR UPDATE SKIP LOCKED so many dispatchers on many hosts never send a row twice.</summary>
public sealed class PostgresOutboxStore : IOutboxStore
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;

    public PostgresOutboxStore(NpgsqlDataSource dataSource, TimeProvider time)
    {
        DapperTypes.Register();
        _dataSource = dataSource;
        _time = time;
    }

    public async Task<IReadOnlyList<OutboundMessage>> ClaimAsync(int batchSize, TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<OutboundMessage>(new CommandDefinition(
            """
            WITH due AS (
                SELECT id FROM outbound_message
                WHERE (status = 'queued' AND next_attempt_at <= @now) OR (status = 'sending' AND claimed_at < @stale)
                ORDER BY next_attempt_at, id
                LIMIT @batchSize
                FOR UPDATE SKIP LOCKED)
            UPDATE outbound_message o
            SET status = 'sending', claimed_at = @now, attempts = o.attempts + 1, updated_at = @now
            FROM due, cancellation_case c
            WHERE o.id = due.id AND c.id = o.case_id
            RETURNING o.id, o.case_id, c.reference AS case_reference, o.kind, o.channel, o.recipient, o.language, o.subject,
                      o.body, o.in_reply_to, o.attempts, c.received_at AS case_received_at, o.claimed_at
            """, new { now, stale = now - staleAfter, batchSize }, cancellationToken: cancellationToken));
        return [.. rows.OrderBy(r => r.Id)];
    }

    public async Task<OutboundMessage?> RenewClaimAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        // The claim time as stored (microseconds) is what CompleteAsync compares with.
        var renewed = (await connection.QueryAsync<DateTimeOffset>(new CommandDefinition(
            "UPDATE outbound_message SET claimed_at = @now WHERE id = @Id AND status = 'sending' AND claimed_at = @ClaimedAt RETURNING claimed_at",
            new { now, message.Id, message.ClaimedAt }, cancellationToken: cancellationToken))).ToList();
        return renewed.Count == 1 ? message with { ClaimedAt = renewed[0] } : null;
    }

    public async Task CompleteAsync(OutboundMessage message, SendResult result, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var status = result.Retry ? OutboundStatuses.Queued : result.Status;
        // The case first, then its reply, as the intake pipeline locks them: the other order deadlocks with a message
        // from the same sender joining the case while its confirmation is recorded.
        if (!result.Retry)
            await connection.ExecuteAsync(new CommandDefinition("SELECT 1 FROM cancellation_case WHERE id = @CaseId FOR UPDATE",
                new { message.CaseId }, transaction, cancellationToken: cancellationToken));
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE outbound_message
            SET status = @status, provider_id = COALESCE(@ProviderId, provider_id), last_error = @Error,
                next_attempt_at = COALESCE(@retryAt, next_attempt_at), claimed_at = NULL, updated_at = @now,
                sent_at = CASE WHEN @sent THEN @now ELSE sent_at END
            WHERE id = @Id AND status = 'sending' AND claimed_at = @ClaimedAt
            """,
            new
            {
                status, result.ProviderId, result.Error, retryAt, now, sent = OutboundStatuses.Confirmed.Contains(status),
                message.Id, message.ClaimedAt,
            }, transaction, cancellationToken: cancellationToken));
        if (updated == 1 && !result.Retry)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO case_event (case_id, at, type, actor, verified, data)
                SELECT id, @now, @type, 'system', verified,
                       jsonb_build_object('outboundId', @Id, 'kind', @Kind, 'channel', @Channel, 'status', @status, 'attempts', @Attempts)
                FROM cancellation_case WHERE id = @CaseId
                """,
                new
                {
                    now, type = OutboundStatuses.Confirmed.Contains(status) ? "reply_sent" : status == OutboundStatuses.ToPrint ? "letter_to_print" : "reply_failed",
                    message.Id, message.Kind, message.Channel, status, message.Attempts, message.CaseId,
                }, transaction, cancellationToken: cancellationToken));
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> AnyDueAsync(TimeSpan staleClaimAfter, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        // A row left 'sending' by a dispatcher that died is due again too, not only at the minutely sweep.
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            """
            SELECT EXISTS (SELECT 1 FROM outbound_message WHERE status = 'queued' AND next_attempt_at <= @now)
                OR EXISTS (SELECT 1 FROM outbound_message WHERE status = 'sending' AND claimed_at < @stale)
            """,
            new { now, stale = now - staleClaimAfter }, cancellationToken: cancellationToken));
    }
}
