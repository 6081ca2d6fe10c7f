using Dapper;
using Intake.Core.Model;
using Npgsql;

namespace Intake.Storage.Postgres.Intake;

/// <summary>Reads a stored message back as the pipeline took it in, locked until the transaction ends.</summary>
internal static class StoredMessageReader
{
    public static async Task<StoredMessage?> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long messageId, CancellationToken cancellationToken)
    {
        // Lock first, read after: a statement that locks and joins would, after waiting for a concurrent staff action,
        // see the message as that action left it but the case join as it was before (null), i.e. a case that is not there.
        var locked = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            "SELECT id FROM inbound_message WHERE id = @messageId FOR UPDATE", new { messageId }, transaction, cancellationToken: cancellationToken));
        if (locked is null) return null;
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            """
            SELECT m.id, m.channel, m.provider_message_id, m.received_at, m.sender_address, m.display_name, m.subject, m.body_text,
                   m.thread_reference, m.raw_payload_id, m.intent, c.reference AS case_reference
            FROM inbound_message m LEFT JOIN cancellation_case c ON c.id = m.case_id
            WHERE m.id = @messageId
            """, new { messageId }, transaction, cancellationToken: cancellationToken));
        return row is null ? null : new StoredMessage(row.Id, new InboundMessage
        {
            Channel = row.Channel, ProviderMessageId = row.ProviderMessageId, ReceivedAt = row.ReceivedAt, SenderAddress = row.SenderAddress,
            DisplayName = row.DisplayName, Subject = row.Subject, Text = row.BodyText, ThreadReference = row.ThreadReference,
            RawPayloadId = row.RawPayloadId,
        }, row.Intent, row.CaseReference);
    }

    private sealed record Row(long Id, string Channel, string ProviderMessageId, DateTimeOffset ReceivedAt, string SenderAddress,
        string? DisplayName, string? Subject, string BodyText, string? ThreadReference, long? RawPayloadId, string Intent, string? CaseReference);
}
