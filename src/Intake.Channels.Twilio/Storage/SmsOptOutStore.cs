using Dapper;
using Npgsql;

namespace Intake.Channels.Twilio.Storage;

/// <summary>The SMS opt-out of each number, as the customer last set it with STOP or START.</summary>
internal sealed class SmsOptOutStore(NpgsqlDataSource dataSource)
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
