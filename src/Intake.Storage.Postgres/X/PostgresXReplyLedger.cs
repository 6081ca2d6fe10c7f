using Dapper;
using Intake.Core.X;
using Npgsql;

namespace Intake.Storage.Postgres.X;

/// <summary>The X reply ledger in x_reply_part, and the personal details of a case the public reply is checked against.</summary>
public sealed class PostgresXReplyLedger(NpgsqlDataSource dataSource) : IXReplyLedger
{
    public async Task<IReadOnlyDictionary<string, string>> PartsAsync(long outboundId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Part, string ProviderId)>(new CommandDefinition(
            "SELECT part, provider_id FROM x_reply_part WHERE outbound_id = @outboundId",
            new { outboundId }, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.Part, r => r.ProviderId, StringComparer.Ordinal);
    }

    public async Task RecordAsync(long outboundId, string part, string providerId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO x_reply_part (outbound_id, part, provider_id, sent_at) VALUES (@outboundId, @part, @providerId, @at)
            ON CONFLICT (outbound_id, part) DO NOTHING
            """, new { outboundId, part, providerId, at = at.UtcDateTime }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<string>> PersonalValuesAsync(long caseId, string xUserId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var values = await connection.QueryAsync<string?>(new CommandDefinition(
            """
            SELECT unnest(ARRAY[cu.name, cu.account_number, cu.email, cu.phone, co.product, co.external_id])
            FROM cancellation_case c
            LEFT JOIN customer cu ON cu.id = c.customer_id
            LEFT JOIN contract co ON co.id = c.contract_id
            WHERE c.id = @caseId
            UNION
            SELECT display_name FROM inbound_message WHERE channel = 'x' AND sender_address = @xUserId
            """, new { caseId, xUserId }, cancellationToken: cancellationToken));
        return [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).Distinct(StringComparer.Ordinal)];
    }
}
