using System.Data;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Intake.Core.Privacy;
using Npgsql;

namespace Intake.Storage.Postgres.Privacy;

/// <summary>
/// The right of access: every row of the subject's footprint as stored (column names as in the database, times in
/// UTC), cases with their events, raw payloads in base64 plus their text when it is UTF-8.
/// </summary>
public sealed class PostgresPersonalDataExport : IPersonalDataExport
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;

    public PostgresPersonalDataExport(NpgsqlDataSource dataSource, TimeProvider time)
    {
        DapperTypes.Register();
        _dataSource = dataSource;
        _time = time;
    }

    public async Task<ExportResult> ExportAsync(PrivacySubject subject, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var (outcome, footprint) = await SubjectFootprints.FindAsync(connection, transaction, subject, lockCustomer: false, cancellationToken);
        if (footprint is null) return new ExportResult(outcome, null);
        await connection.ExecuteAsync(new CommandDefinition("SET LOCAL TimeZone = 'UTC'", transaction: transaction, cancellationToken: cancellationToken));
        var json = await connection.QuerySingleAsync<string>(new CommandDefinition(
            """
            SELECT jsonb_build_object(
                'exportedAt', @exportedAt::timestamptz,
                'customer', (SELECT to_jsonb(c) FROM customer c WHERE c.id = @CustomerId),
                'contracts', coalesce((SELECT jsonb_agg(to_jsonb(k) ORDER BY k.id) FROM contract k WHERE k.customer_id = @CustomerId), '[]'),
                'identities', coalesce((SELECT jsonb_agg(to_jsonb(l) ORDER BY l.id) FROM identity_link l WHERE l.customer_id = @CustomerId), '[]'),
                'cases', coalesce((SELECT jsonb_agg(to_jsonb(c) || jsonb_build_object('events',
                        coalesce((SELECT jsonb_agg(to_jsonb(e) ORDER BY e.id) FROM case_event e WHERE e.case_id = c.id), '[]')) ORDER BY c.id)
                    FROM cancellation_case c WHERE c.id = ANY(@CaseIds)), '[]'),
                'messages', coalesce((SELECT jsonb_agg(to_jsonb(m) ORDER BY m.id) FROM inbound_message m WHERE m.id = ANY(@MessageIds)), '[]'),
                'outboundMessages', coalesce((SELECT jsonb_agg(to_jsonb(o) ORDER BY o.id) FROM outbound_message o WHERE o.id = ANY(@OutboundIds)), '[]'),
                'rawPayloads', coalesce((SELECT jsonb_agg(to_jsonb(r) - 'body' || jsonb_build_object('body', translate(encode(r.body, 'base64'), E'\n', ''))
                    ORDER BY r.id) FROM raw_payload r WHERE r.id = ANY(@RawPayloadIds)), '[]'),
                'calls', coalesce((SELECT jsonb_agg(to_jsonb(t) ORDER BY t.started_at) FROM twilio_call t WHERE t.call_sid = ANY(@CallSids)), '[]'),
                'smsOptOuts', coalesce((SELECT jsonb_agg(to_jsonb(s)) FROM twilio_sms_opt_out s WHERE s.phone = ANY(@Addresses)), '[]'),
                'callbacks', coalesce((SELECT jsonb_agg(to_jsonb(b) ORDER BY b.id) FROM callback_promise b WHERE b.case_id = ANY(@CaseIds)), '[]'),
                'notes', coalesce((SELECT jsonb_agg(to_jsonb(n) ORDER BY n.id) FROM case_note n WHERE n.case_id = ANY(@CaseIds)), '[]'))::text
            """,
            new { exportedAt = _time.GetUtcNow(), footprint.CustomerId, footprint.CaseIds, footprint.MessageIds, footprint.OutboundIds,
                  footprint.RawPayloadIds, footprint.CallSids, footprint.Addresses },
            transaction, cancellationToken: cancellationToken));
        return new ExportResult(SubjectOutcome.Done, WithPayloadTexts(json));
    }

    // A reader of the export should not have to decode base64 to see what an email or form post said.
    private static string WithPayloadTexts(string json)
    {
        var document = JsonNode.Parse(json)!.AsObject();
        foreach (var payload in document["rawPayloads"]!.AsArray().OfType<JsonObject>())
        {
            var bytes = Convert.FromBase64String(payload["body"]!.GetValue<string>());
            payload["text"] = TryUtf8(bytes);
        }
        return document.ToJsonString(Indented);
    }

    private static string? TryUtf8(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
