using Dapper;
using Intake.Storage.Postgres.Cases;
using Npgsql;

namespace Intake.Storage.Postgres.Privacy;

/// <summary>
/// Retention, one bounded batch per transaction: texts of cases closed before the cutoff (messages, replies, raw
/// payloads, reason text, notes, call transcripts), messages that never became a case and payloads that never
/// became a message, received before the cutoff. Cases, times and events stay; each purged case gets a
/// <c>personal_data_purged</c> event with counts. Rows already purged are skipped, so a re-run changes nothing.
/// </summary>
public sealed class PostgresRetentionPurge
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresRetentionPurge(NpgsqlDataSource dataSource)
    {
        DapperTypes.Register();
        _dataSource = dataSource;
    }

    /// <summary>Purges up to <paramref name="batchSize"/> cases, caseless messages and unaccepted payloads that are due.</summary>
    public async Task<RetentionCounts> PurgeBatchAsync(DateTimeOffset cutoff, int batchSize, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        async Task<long[]> Ids(string sql, object parameters) =>
            [.. await connection.QueryAsync<long>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken))];

        // A closed case with a reply still on its way keeps its texts until the reply is sent or failed.
        var caseIds = await Ids(
            """
            SELECT id FROM cancellation_case c
            WHERE purged_at IS NULL AND status IN ('Retracted', 'Dismissed', 'Completed', 'Merged') AND updated_at < @cutoff
              AND NOT EXISTS (SELECT 1 FROM outbound_message o WHERE o.case_id = c.id AND o.status IN ('queued', 'sending', 'to-print'))
            ORDER BY updated_at LIMIT @batchSize FOR UPDATE SKIP LOCKED
            """, new { cutoff, batchSize });
        var caseless = await Ids(
            """
            SELECT id FROM inbound_message WHERE case_id IS NULL AND purged_at IS NULL AND received_at < @cutoff
            ORDER BY received_at LIMIT @batchSize FOR UPDATE SKIP LOCKED
            """, new { cutoff, batchSize });
        var messageIds = caseless.Concat(await Ids(
            "SELECT id FROM inbound_message WHERE case_id = ANY(@caseIds) AND purged_at IS NULL FOR UPDATE", new { caseIds })).ToArray();

        var p = new { caseIds, messageIds, cutoff, batchSize, at, marker = PrivacyMarkers.Purged };
        Task<int> Run(string sql) => connection.ExecuteAsync(new CommandDefinition(sql, p, transaction, cancellationToken: cancellationToken));
        var messages = await Run("UPDATE inbound_message SET subject = NULL, body_text = @marker, purged_at = @at WHERE id = ANY(@messageIds)");
        var rawPayloads = await Run(
            """
            UPDATE raw_payload SET body = convert_to(@marker, 'UTF8'), content_type = 'text/plain; charset=utf-8', purged_at = @at, updated_at = @at
            WHERE purged_at IS NULL
              AND (id IN (SELECT raw_payload_id FROM inbound_message WHERE id = ANY(@messageIds)) OR message_id = ANY(@messageIds))
            """);
        rawPayloads += await Run(
            """
            UPDATE raw_payload SET body = convert_to(@marker, 'UTF8'), content_type = 'text/plain; charset=utf-8', purged_at = @at, updated_at = @at,
                status = 'purged', reason = @marker
            WHERE id IN (SELECT id FROM raw_payload WHERE status <> 'accepted' AND purged_at IS NULL AND received_at < @cutoff
                         ORDER BY received_at LIMIT @batchSize FOR UPDATE SKIP LOCKED)
            """);
        var outbound = await Run(
            "UPDATE outbound_message SET subject = NULL, body = @marker WHERE case_id = ANY(@caseIds) AND body <> @marker");
        await Run(
            "UPDATE outbound_letter SET pdf = NULL WHERE pdf IS NOT NULL AND outbound_id IN (SELECT id FROM outbound_message WHERE case_id = ANY(@caseIds))");
        await Run("UPDATE case_note SET body = @marker WHERE case_id = ANY(@caseIds)");
        await Run("UPDATE callback_promise SET note = NULL WHERE case_id = ANY(@caseIds) AND note IS NOT NULL");
        await Run(
            """
            UPDATE twilio_call SET steps = '[]'
            WHERE message_id = ANY(@messageIds) OR case_reference IN (SELECT reference FROM cancellation_case WHERE id = ANY(@caseIds))
            """);
        var cases = await Run("UPDATE cancellation_case SET reason_text = NULL, purged_at = @at WHERE id = ANY(@caseIds)");
        await Run(
            $"""
            {PostgresCaseJournal.InsertInto}
            SELECT c.id, @at, 'personal_data_purged', 'retention', c.verified, jsonb_build_object(
                'messages', (SELECT count(*) FROM inbound_message m WHERE m.case_id = c.id),
                'outboundMessages', (SELECT count(*) FROM outbound_message o WHERE o.case_id = c.id))
            FROM cancellation_case c WHERE c.id = ANY(@caseIds)
            """);
        await transaction.CommitAsync(cancellationToken);
        return new RetentionCounts(cases, messages, rawPayloads, outbound);
    }
}
