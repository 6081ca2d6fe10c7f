using System.Text.Json;
using Dapper;
using Npgsql;

namespace Intake.Storage.Postgres.X;

/// <summary>
/// What an X reply has already posted (DM, public reply) so a retried send skips it, and the case events the
/// X sender adds (confirmation owed, public reply withheld).
/// </summary>
public sealed class PostgresXReplyLedger(NpgsqlDataSource dataSource)
{
    /// <summary>The parts of outbox row <paramref name="outboundId"/> that X already accepted: part → provider id.</summary>
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

    /// <summary>Appends a system event to the case timeline (append-only), e.g. "confirmation_owed".</summary>
    public async Task AppendCaseEventAsync(long caseId, string type, IReadOnlyDictionary<string, object?> data, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO case_event (case_id, at, type, actor, verified, data)
            SELECT id, @at, @type, 'system', verified, @data::jsonb FROM cancellation_case WHERE id = @caseId
            """, new { caseId, type, data = JsonSerializer.Serialize(data), at = at.UtcDateTime }, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Every personal detail we hold for the case and the X user: customer name, account number, email, phone,
    /// product and contract id, and the names the user showed on X. The public reply must contain none of them.
    /// </summary>
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
