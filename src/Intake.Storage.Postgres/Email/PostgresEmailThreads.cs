using Dapper;
using Intake.Core.Email;
using Npgsql;

namespace Intake.Storage.Postgres.Email;

/// <summary>The email thread index over inbound_message, outbound_message and raw_payload.</summary>
public sealed class PostgresEmailThreads : IEmailThreads
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresEmailThreads(NpgsqlDataSource dataSource)
    {
        DapperTypes.Register();
        _dataSource = dataSource;
    }

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
