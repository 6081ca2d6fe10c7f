using Dapper;
using Intake.Core.Console;
using Intake.Storage.Postgres.Cases;
using Npgsql;

namespace Intake.Storage.Postgres.Console;

/// <summary>Staff replies (kind 'reply', any number of them) and re-sends of failed replies, each with its audit event.</summary>
public sealed class PostgresCaseReplies(NpgsqlDataSource dataSource, TimeProvider time) : ICaseReplies
{
    static PostgresCaseReplies() => DapperTypes.Register();

    /// <summary>Queues a reply; <paramref name="compose"/> gets the locked case and the message it answers. Null when either is unknown.</summary>
    public async Task<long?> QueueReplyAsync(
        string reference, long messageId, string actor, Func<LockedCase, CaseMessage, NewOutbound> compose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(compose);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var locked = await LockedCaseReader.ReadAsync(connection, transaction, reference, cancellationToken);
        if (locked is null) return null;
        var message = await connection.QuerySingleOrDefaultAsync<CaseMessage>(new CommandDefinition(
            $"SELECT {LockedCaseReader.MessageColumns} FROM inbound_message WHERE id = @messageId AND case_id = @Id", new { messageId, locked.Id }, transaction, cancellationToken: cancellationToken));
        if (message is null) return null;
        var reply = compose(locked, message);
        var now = time.GetUtcNow();
        var outboundId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO outbound_message (case_id, kind, channel, recipient, language, template, subject, body, in_reply_to,
                next_attempt_at, created_at, updated_at)
            VALUES (@Id, 'reply', @Channel, @Recipient, @Language, @Template, @Subject, @Body, @InReplyTo, @now, @now, @now)
            RETURNING id
            """, new { locked.Id, reply.Channel, reply.Recipient, reply.Language, reply.Template, reply.Subject, reply.Body, reply.InReplyTo, now },
            transaction, cancellationToken: cancellationToken));
        await PostgresCaseJournal.AppendAsync(connection, transaction, locked.Id, locked.Verified, now, "reply_queued", actor,
            new Dictionary<string, object?> { ["outboundId"] = outboundId, ["kind"] = "reply", ["channel"] = reply.Channel, ["template"] = reply.Template },
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outboundId;
    }

    /// <summary>Puts a failed or undelivered reply of the case back in the queue, due now; false when there is none such.</summary>
    public async Task<bool> ResendAsync(string reference, long outboundId, string actor, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await StaffCaseEvents.LockAsync(connection, transaction, reference, cancellationToken) is not { } locked) return false;
        var now = time.GetUtcNow();
        // Attempts start over: the dispatcher's give-up count is about this new try, not the failed ones.
        var resent = await connection.QuerySingleOrDefaultAsync<(string Kind, string Channel, string Status)?>(new CommandDefinition(
            """
            UPDATE outbound_message o SET status = 'queued', next_attempt_at = @now, attempts = 0, claimed_at = NULL, updated_at = @now
            FROM (SELECT id, status FROM outbound_message WHERE id = @outboundId FOR UPDATE) before
            WHERE o.id = before.id AND o.case_id = @Id AND o.status IN ('failed', 'undelivered')
            RETURNING o.kind, o.channel, before.status
            """, new { outboundId, locked.Id, now }, transaction, cancellationToken: cancellationToken));
        if (resent is not { } row) return false;
        await PostgresCaseJournal.AppendAsync(connection, transaction, locked.Id, locked.Verified, now, "reply_resend_requested", actor,
            new Dictionary<string, object?> { ["outboundId"] = outboundId, ["kind"] = row.Kind, ["channel"] = row.Channel, ["previousStatus"] = row.Status },
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
