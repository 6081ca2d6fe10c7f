using System.Security.Cryptography;
using Dapper;
using Intake.Core.Model;
using Intake.Core.Privacy;
using Intake.Storage.Postgres.Cases;
using Npgsql;

namespace Intake.Storage.Postgres.Privacy;

/// <summary>
/// Erasure in one transaction: every row of the subject's footprint gets the same random pseudonym for addresses
/// and identifiers and a marker for texts; identity links and SMS opt-outs are deleted; each affected case gets a
/// <c>personal_data_erased</c> event with counts only. Refused while an open case, an unsent reply or an
/// undelivered event still needs the data.
/// </summary>
public sealed class PostgresPersonalDataErasure : IPersonalDataErasure
{
    private const string EventType = "personal_data_erased";
    private readonly NpgsqlDataSource _dataSource;

    public PostgresPersonalDataErasure(NpgsqlDataSource dataSource)
    {
        DapperTypes.Register();
        _dataSource = dataSource;
    }

    public async Task<ErasureResult> EraseAsync(PrivacySubject subject, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (outcome, footprint) = await SubjectFootprints.FindAsync(connection, transaction, subject, lockCustomer: true, cancellationToken);
        if (footprint is null) return ErasureResult.Of(outcome);

        var pending = await PendingAsync(connection, transaction, footprint, cancellationToken);
        if (pending is not null) return pending;

        var pseudonym = "erased-" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 12);
        var p = new
        {
            pseudonym, marker = PrivacyMarkers.Erased, at, footprint.CustomerId, footprint.Addresses, footprint.Terms, footprint.CaseIds,
            footprint.MessageIds, footprint.OutboundIds, footprint.RawPayloadIds, footprint.CallSids, footprint.AffectedCases, type = EventType,
        };
        Task<int> Run(string sql) => connection.ExecuteAsync(new CommandDefinition(sql, p, transaction, cancellationToken: cancellationToken));

        var customers = await Run(
            """
            UPDATE customer SET account_number = @pseudonym, name = @pseudonym, email = NULL, phone = NULL, x_user_id = NULL,
                postcode = NULL, house_number = NULL, updated_at = @at
            WHERE id = @CustomerId
            """);
        var contracts = await Run("UPDATE contract SET external_id = @pseudonym || '-' || id WHERE customer_id = @CustomerId");
        var identities = await Run("DELETE FROM identity_link WHERE customer_id = @CustomerId");
        var cases = await Run(
            """
            UPDATE cancellation_case
            SET reason_text = NULL, purged_at = coalesce(purged_at, @at),
                open_key = CASE WHEN open_key LIKE 'sender:%' THEN 'sender:' || @pseudonym ELSE open_key END
            WHERE id = ANY(@CaseIds)
            """);
        var messages = await Run(
            """
            UPDATE inbound_message SET sender_address = @pseudonym, display_name = NULL, subject = NULL, body_text = @marker, purged_at = @at
            WHERE id = ANY(@MessageIds)
            """);
        var rawPayloads = await Run(
            """
            UPDATE raw_payload
            SET body = convert_to(@marker, 'UTF8'), content_type = 'text/plain; charset=utf-8', purged_at = @at, updated_at = @at,
                reason = CASE WHEN status = 'accepted' THEN reason ELSE @marker END,
                status = CASE WHEN status = 'accepted' THEN status ELSE 'purged' END
            WHERE id = ANY(@RawPayloadIds)
            """);
        var outbound = await Run(
            """
            UPDATE outbound_message
            SET recipient = @pseudonym, subject = NULL, body = @marker, last_error = privacy_mask(last_error, @Terms, @pseudonym), updated_at = @at
            WHERE id = ANY(@OutboundIds)
            """);
        await Run("UPDATE outbound_letter SET pdf = NULL WHERE outbound_id = ANY(@OutboundIds)");
        await Run("UPDATE email_sent SET server_reply = privacy_mask(server_reply, @Terms, @pseudonym) WHERE outbound_id = ANY(@OutboundIds)");
        var calls = await Run(
            "UPDATE twilio_call SET caller = @pseudonym, account_number = NULL, steps = '[]', updated_at = @at WHERE call_sid = ANY(@CallSids)");
        var optOuts = await Run("DELETE FROM twilio_sms_opt_out WHERE phone = ANY(@Addresses)");
        var notes = await Run("UPDATE case_note SET body = @marker WHERE case_id = ANY(@CaseIds)");
        var callbacks = await Run("UPDATE callback_promise SET note = NULL WHERE case_id = ANY(@CaseIds) AND note IS NOT NULL");
        var webhookEvents = await Run(
            """
            UPDATE webhook_event e
            SET payload = jsonb_set(jsonb_set(e.payload, '{data,customerId}', coalesce(to_jsonb(cu.account_number), 'null'::jsonb)),
                                    '{data,contractId}', coalesce(to_jsonb(k.external_id), 'null'::jsonb))
            FROM cancellation_case c LEFT JOIN customer cu ON cu.id = c.customer_id LEFT JOIN contract k ON k.id = c.contract_id
            WHERE e.case_id = c.id AND c.id = ANY(@CaseIds) AND e.payload->'data' IS NOT NULL
            """);
        await Run("UPDATE webhook_delivery SET last_error = privacy_mask(last_error, @Terms, @pseudonym) WHERE case_id = ANY(@CaseIds) AND last_error IS NOT NULL");
        await Run("UPDATE channel_heartbeat SET last_error = privacy_mask(last_error, @Terms, @pseudonym) WHERE last_error IS NOT NULL");
        await Run(
            $"""
            {PostgresCaseJournal.InsertInto}
            SELECT c.id, @at, @type, 'privacy', c.verified, jsonb_build_object(
                'messages', (SELECT count(*) FROM inbound_message m WHERE m.case_id = c.id AND m.id = ANY(@MessageIds)),
                'outboundMessages', (SELECT count(*) FROM outbound_message o WHERE o.case_id = c.id AND o.id = ANY(@OutboundIds)))
            FROM cancellation_case c WHERE c.id = ANY(@AffectedCases)
            """);
        await transaction.CommitAsync(cancellationToken);
        return new ErasureResult(SubjectOutcome.Done, pseudonym,
            new ErasureCounts(customers, contracts, identities, cases, messages, rawPayloads, outbound, calls, optOuts, notes, callbacks, webhookEvents),
            [], 0, 0);
    }

    private static async Task<ErasureResult?> PendingAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, SubjectFootprint footprint,
        CancellationToken cancellationToken)
    {
        var openCases = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT reference FROM cancellation_case WHERE id = ANY(@AffectedCases) AND status = ANY(@open) ORDER BY reference",
            new { footprint.AffectedCases, open = CaseStatuses.Open.ToArray() }, transaction, cancellationToken: cancellationToken))).ToList();
        var (replies, events) = await connection.QuerySingleAsync<(int, int)>(new CommandDefinition(
            """
            SELECT (SELECT count(*)::int FROM outbound_message WHERE id = ANY(@OutboundIds) AND status IN ('queued', 'sending', 'to-print')),
                   (SELECT count(*)::int FROM webhook_delivery WHERE case_id = ANY(@CaseIds) AND status IN ('pending', 'sending'))
            """, new { footprint.OutboundIds, footprint.CaseIds }, transaction, cancellationToken: cancellationToken));
        return openCases.Count == 0 && replies == 0 && events == 0
            ? null
            : new ErasureResult(SubjectOutcome.Pending, null, null, openCases, replies, events);
    }
}
