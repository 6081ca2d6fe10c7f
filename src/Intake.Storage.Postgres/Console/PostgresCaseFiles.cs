using Dapper;
using Intake.Core.Console;
using Npgsql;

namespace Intake.Storage.Postgres.Console;

/// <summary>Reads one case with its whole timeline for the case page.</summary>
public sealed class PostgresCaseFiles(NpgsqlDataSource dataSource) : ICaseFiles
{
    static PostgresCaseFiles() => DapperTypes.Register();

    public async Task<CaseFile?> GetAsync(string reference, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // One snapshot, so the timeline never shows a reply without the event that queued it.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        var detail = await connection.QuerySingleOrDefaultAsync<CaseDetail>(Command(
            """
            SELECT c.id, c.reference, c.status, c.kind, c.received_at, c.first_channel, c.requested_date, c.effective_date,
                   c.effective_rule, c.reason, c.reason_text, c.verified, c.language, coalesce(c.open_key, '') AS open_key, c.why_token,
                   c.customer_id, cu.account_number,
                   cu.name AS customer_name, cu.email AS customer_email, cu.phone AS customer_phone, c.contract_id,
                   k.external_id AS contract_external_id, k.product, c.first_declaration_message_id, mi.reference AS merged_into_reference,
                   c.assigned_to
            FROM cancellation_case c LEFT JOIN customer cu ON cu.id = c.customer_id LEFT JOIN contract k ON k.id = c.contract_id
                 LEFT JOIN cancellation_case mi ON mi.id = c.merged_into_case_id
            WHERE c.reference = @reference
            """, new { reference }, transaction, cancellationToken));
        if (detail is null) return null;
        var id = new { detail.Id, detail.CustomerId };
        var messages = await connection.QueryAsync<CaseMessage>(Command(
            $"SELECT {LockedCaseReader.MessageColumns} FROM inbound_message WHERE case_id = @Id ORDER BY received_at, id", id, transaction, cancellationToken));
        var replies = await connection.QueryAsync<CaseReply>(Command(
            """
            SELECT id, kind, channel, recipient, status, subject, body, attempts, last_error, created_at, sent_at, updated_at
            FROM outbound_message WHERE case_id = @Id ORDER BY id
            """, id, transaction, cancellationToken));
        var events = await connection.QueryAsync<CaseAuditEntry>(Command(
            "SELECT id, at, type, actor, data::text AS data FROM case_event WHERE case_id = @Id ORDER BY id", id, transaction, cancellationToken));
        var notes = await connection.QueryAsync<CaseNote>(Command(
            "SELECT id, author, body, created_at FROM case_note WHERE case_id = @Id ORDER BY id", id, transaction, cancellationToken));
        var callbacks = await connection.QueryAsync<CallbackEntry>(Command(
            """
            SELECT id, case_id, due_at, promised_by, note, done_at, done_by, escalated_at, created_at
            FROM callback_promise WHERE case_id = @Id ORDER BY due_at, id
            """, id, transaction, cancellationToken));
        var links = detail.CustomerId is null ? [] : await connection.QueryAsync<CustomerLink>(Command(
            "SELECT id, kind, value, verified, linked_by FROM identity_link WHERE customer_id = @CustomerId ORDER BY kind, id",
            id, transaction, cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new CaseFile(detail, [.. messages], [.. replies], [.. events], [.. notes], [.. callbacks], [.. links]);
    }

    private static CommandDefinition Command(string sql, object parameters, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);
}
