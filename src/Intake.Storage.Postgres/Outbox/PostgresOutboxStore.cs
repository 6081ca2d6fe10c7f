using Dapper;
using Intake.Core.Model;
using Intake.Storage.Postgres.Cases;
using Npgsql;

namespace Intake.Storage.Postgres.Outbox;

/// <summary>Claims outbox rows with FOR UPDATE SKIP LOCKED so many dispatchers on many hosts never send a row twice.</summary>
public sealed class PostgresOutboxStore(NpgsqlDataSource dataSource, TimeProvider time) : IOutboxStore
{
    static PostgresOutboxStore() => DapperTypes.Register();

    public async Task<IReadOnlyList<OutboundMessage>> ClaimAsync(int batchSize, TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
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
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // The claim time as stored (microseconds) is what CompleteAsync compares with.
        var renewed = (await connection.QueryAsync<DateTimeOffset>(new CommandDefinition(
            "UPDATE outbound_message SET claimed_at = @now WHERE id = @Id AND status = 'sending' AND claimed_at = @ClaimedAt RETURNING claimed_at",
            new { now, message.Id, message.ClaimedAt }, cancellationToken: cancellationToken))).ToList();
        return renewed.Count == 1 ? message with { ClaimedAt = renewed[0] } : null;
    }

    public async Task CompleteAsync(IReadOnlyList<SendOutcome> outcomes, CancellationToken cancellationToken)
    {
        if (outcomes.Count == 0) return;
        var now = time.GetUtcNow();
        // A retried row goes back to the queue; any other outcome is final and gets its case event.
        var final = outcomes.Select(o => !o.Result.Retry).ToArray();
        var statuses = outcomes.Select(o => o.Result.Retry ? OutboundStatuses.Queued : o.Result.Status).ToArray();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // The cases first (in id order, so two dispatchers cannot deadlock), then their replies, as the intake pipeline
        // locks them: the other order deadlocks with a message from the same sender joining the case while its
        // confirmation is recorded. One round trip and one transaction: the statements of one command run in an implicit
        // transaction that holds the locks to its end and commits there, or not at all (no BEGIN and COMMIT of their own).
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            SELECT 1 FROM cancellation_case WHERE id = ANY(@lockCases::bigint[]) ORDER BY id FOR UPDATE;
            WITH outcome AS (
                SELECT * FROM unnest(@ids::bigint[], @claimedAts::timestamptz[], @statuses::text[], @providerIds::text[], @errors::text[],
                                     @retryAts::timestamptz[], @final::boolean[], @sent::boolean[])
                    AS t(id, claimed_at, status, provider_id, error, retry_at, final, sent)),
            recorded AS (
                UPDATE outbound_message o
                SET status = t.status, provider_id = COALESCE(t.provider_id, o.provider_id), last_error = t.error,
                    next_attempt_at = COALESCE(t.retry_at, o.next_attempt_at), claimed_at = NULL, updated_at = @now,
                    sent_at = CASE WHEN t.sent THEN @now ELSE o.sent_at END
                FROM outcome t
                WHERE o.id = t.id AND o.status = 'sending' AND o.claimed_at = t.claimed_at
                RETURNING o.id, o.case_id, o.kind, o.channel, o.status, o.attempts, t.final, t.sent)
            {PostgresCaseJournal.InsertInto}
            SELECT c.id, @now,
                   CASE WHEN r.sent THEN 'reply_sent' WHEN r.status = @toPrint THEN 'letter_to_print' ELSE 'reply_failed' END,
                   'system', c.verified,
                   jsonb_build_object('outboundId', r.id, 'kind', r.kind, 'channel', r.channel, 'status', r.status, 'attempts', r.attempts)
            FROM recorded r JOIN cancellation_case c ON c.id = r.case_id
            WHERE r.final
            ORDER BY r.id
            """,
            new
            {
                lockCases = outcomes.Where(o => !o.Result.Retry).Select(o => o.Message.CaseId).Distinct().ToArray(),
                ids = outcomes.Select(o => o.Message.Id).ToArray(),
                claimedAts = outcomes.Select(o => o.Message.ClaimedAt.UtcDateTime).ToArray(),
                statuses,
                providerIds = outcomes.Select(o => o.Result.ProviderId).ToArray(),
                errors = outcomes.Select(o => o.Result.Error).ToArray(),
                retryAts = outcomes.Select(o => o.RetryAt?.UtcDateTime).ToArray(),
                final,
                sent = statuses.Select(OutboundStatuses.Confirmed.Contains).ToArray(),
                now,
                toPrint = OutboundStatuses.ToPrint,
            }, cancellationToken: cancellationToken));
    }

    public async Task<bool> AnyDueAsync(TimeSpan staleClaimAfter, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // A row left 'sending' by a dispatcher that died is due again too, not only at the minutely sweep.
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            """
            SELECT EXISTS (SELECT 1 FROM outbound_message WHERE status = 'queued' AND next_attempt_at <= @now)
                OR EXISTS (SELECT 1 FROM outbound_message WHERE status = 'sending' AND claimed_at < @stale)
            """,
            new { now, stale = now - staleClaimAfter }, cancellationToken: cancellationToken));
    }
}
