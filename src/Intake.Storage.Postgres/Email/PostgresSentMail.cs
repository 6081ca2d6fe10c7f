using Dapper;
using Intake.Core.Email;
using Npgsql;

namespace Intake.Storage.Postgres.Email;

/// <summary>The sent-mail ledger: the Message-Id on outbound_message, the SMTP server's acceptance in email_sent.</summary>
public sealed class PostgresSentMail : ISentMailLedger
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresSentMail(NpgsqlDataSource dataSource)
    {
        DapperTypes.Register();
        _dataSource = dataSource;
    }

    public async Task<bool> BeginAsync(long outboundId, string messageId, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE outbound_message SET provider_id = @messageId WHERE id = @outboundId AND provider_id IS DISTINCT FROM @messageId",
            new { outboundId, messageId }, cancellationToken: cancellationToken));
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM email_sent WHERE message_id = @messageId)", new { messageId }, cancellationToken: cancellationToken));
    }

    public async Task AcceptedAsync(long outboundId, string messageId, string? serverReply, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO email_sent (message_id, outbound_id, accepted_at, server_reply) VALUES (@messageId, @outboundId, @at, @serverReply)
            ON CONFLICT (message_id) DO NOTHING
            """, new { messageId, outboundId, at, serverReply }, cancellationToken: cancellationToken));
    }
}
