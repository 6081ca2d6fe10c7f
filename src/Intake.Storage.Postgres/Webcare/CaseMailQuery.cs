using Dapper;
using Npgsql;

namespace Intake.Storage.Postgres.Webcare;

/// <summary>
/// The raw mails behind a case's email messages: attachments are kept only inside them (raw first, never copied), and
/// a mail erased or purged for privacy is no longer MIME, so it drops out here by itself.
/// </summary>
public sealed class CaseMailQuery
{
    private const string Select =
        """
        SELECT m.id AS message_id, r.body AS raw
        FROM inbound_message m
        JOIN cancellation_case c ON c.id = m.case_id
        JOIN raw_payload r ON r.id = m.raw_payload_id
        WHERE c.reference = @reference AND r.content_type LIKE 'message/rfc822%'
        """;

    private readonly NpgsqlDataSource _dataSource;

    public CaseMailQuery(NpgsqlDataSource dataSource)
    {
        DapperTypes.Register();
        _dataSource = dataSource;
    }

    public async Task<IReadOnlyList<CaseMail>> ListAsync(string reference, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<CaseMail>(new CommandDefinition(
            Select + " ORDER BY m.received_at, m.id", new { reference }, cancellationToken: cancellationToken))];
    }

    /// <summary>One message's mail, only if the message belongs to the case; null otherwise.</summary>
    public async Task<CaseMail?> GetAsync(string reference, long messageId, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<CaseMail>(new CommandDefinition(
            Select + " AND m.id = @messageId", new { reference, messageId }, cancellationToken: cancellationToken));
    }
}
