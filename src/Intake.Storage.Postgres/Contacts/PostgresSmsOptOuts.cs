using Dapper;
using Intake.Core.Contacts;
using Npgsql;

namespace Intake.Storage.Postgres.Contacts;

/// <summary>The SMS opt-out of each number in twilio_sms_opt_out, as the customer last set it with STOP or START.</summary>
public sealed class PostgresSmsOptOuts(NpgsqlDataSource dataSource) : ISmsOptOuts
{
    public async Task SetAsync(string phone, bool optedOut, string keyword, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // Webhooks may arrive out of order: only a later change wins.
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO twilio_sms_opt_out (phone, opted_out, keyword, changed_at) VALUES (@phone, @optedOut, @keyword, @at)
            ON CONFLICT (phone) DO UPDATE SET opted_out = excluded.opted_out, keyword = excluded.keyword, changed_at = excluded.changed_at
            WHERE twilio_sms_opt_out.changed_at <= excluded.changed_at
            """, new { phone, optedOut, keyword = keyword.ToUpperInvariant(), at = at.UtcDateTime }, cancellationToken: cancellationToken));
    }

    public async Task<bool> IsOptedOutAsync(string phone, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool?>(new CommandDefinition(
            "SELECT opted_out FROM twilio_sms_opt_out WHERE phone = @phone", new { phone }, cancellationToken: cancellationToken)) ?? false;
    }
}
