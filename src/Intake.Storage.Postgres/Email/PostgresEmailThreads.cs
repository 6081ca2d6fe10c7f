using Dapper;
using Npgsql;

namespace Intake.Storage.Postgres.Email;

/// <summary>Finds which case a Message-Id belongs to (our replies and the customer's mails), and the mail a reply answers.</summary>
public sealed class PostgresEmailThreads
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresEmailThreads(NpgsqlDataSource dataSource)
    {
        DapperTypes.Register();
        _dataSource = dataSource;
    }

    /// <summary>The reference of the newest case one of <paramref name="messageIds"/> (In-Reply-To, References) belongs to.</summary>
    public async Task<string?> FindCaseReferenceAsync(IReadOnlyCollection<string> messageIds, CancellationToken cancellationToken)
    {
        if (messageIds.Count == 0) return null;
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QueryFirstOrDefaultAsync<string?>(new CommandDefinition(
            """
            SELECT c.reference FROM (
                SELECT case_id FROM outbound_message WHERE channel = 'email' AND provider_id = ANY(@ids)
                UNION
                SELECT case_id FROM inbound_message WHERE channel = 'email' AND thread_reference = ANY(@ids) AND case_id IS NOT NULL
            ) t JOIN cancellation_case c ON c.id = t.case_id
            ORDER BY c.id DESC LIMIT 1
            """, new { ids = messageIds.ToArray() }, cancellationToken: cancellationToken));
    }

    /// <summary>The customer's mail with Message-Id <paramref name="messageId"/>, or null when we never received it.</summary>
    public async Task<RepliedMail?> FindMailAsync(string messageId, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QueryFirstOrDefaultAsync<RepliedMail>(new CommandDefinition(
            """
            SELECT m.subject, r.content_type, r.body AS raw
            FROM inbound_message m JOIN raw_payload r ON r.id = m.raw_payload_id
            WHERE m.channel = 'email' AND m.thread_reference = @messageId
            ORDER BY m.id LIMIT 1
            """, new { messageId }, cancellationToken: cancellationToken));
    }
}
