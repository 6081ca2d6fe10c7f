using Dapper;
using Intake.Core.Cases;
using Npgsql;

namespace Intake.Storage.Postgres.Cases;

/// <summary>Reads a case's mails from raw_payload: those stored as MIME (message/rfc822), so not headers-only, erased or purged ones.</summary>
public sealed class PostgresCaseMails : ICaseMails
{
    private const string Select =
        """
        SELECT m.id AS MessageId, r.body AS Raw
        FROM inbound_message m
        JOIN cancellation_case c ON c.id = m.case_id
        JOIN raw_payload r ON r.id = m.raw_payload_id
        WHERE c.reference = @reference AND r.content_type LIKE 'message/rfc822%'
        """;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresCaseMails(NpgsqlDataSource dataSource)
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

    public async Task<CaseMail?> GetAsync(string reference, long messageId, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<CaseMail>(new CommandDefinition(
            Select + " AND m.id = @messageId", new { reference, messageId }, cancellationToken: cancellationToken));
    }
}
