using Dapper;
using Intake.Core.Letters;
using Intake.Core.Model;
using Intake.Storage.Postgres.Cases;
using Intake.Storage.Postgres.Console;
using Npgsql;

namespace Intake.Storage.Postgres.Letters;

/// <summary>The printed letters of replies on channel manual (outbound_letter), from the sender's tray to staff marking them posted.</summary>
public sealed class PostgresPrintQueue : ILetterTray, IPrintQueue
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;

    public PostgresPrintQueue(NpgsqlDataSource dataSource, TimeProvider time)
    {
        DapperTypes.Register();
        _dataSource = dataSource;
        _time = time;
    }

    public async Task AddAsync(long outboundId, byte[] pdf, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO outbound_letter (outbound_id, pdf, created_at) VALUES (@outboundId, @pdf, @at) ON CONFLICT (outbound_id) DO NOTHING",
            new { outboundId, pdf, at }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<LetterToPrint>> ListAsync(DateTimeOffset postedSince, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<LetterToPrint>(new CommandDefinition(
            """
            SELECT l.outbound_id, c.reference AS case_reference, o.kind, o.language, l.created_at, l.posted_at, l.posted_by
            FROM outbound_letter l JOIN outbound_message o ON o.id = l.outbound_id JOIN cancellation_case c ON c.id = o.case_id
            WHERE l.posted_at IS NULL OR l.posted_at >= @postedSince
            ORDER BY l.posted_at IS NOT NULL, CASE WHEN l.posted_at IS NULL THEN l.created_at END, l.posted_at DESC, l.outbound_id
            OFFSET @offset LIMIT @limit
            """, new { postedSince, offset, limit }, cancellationToken: cancellationToken))];
    }

    public async Task<byte[]?> ReadPdfAsync(long outboundId, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<byte[]?>(new CommandDefinition(
            "SELECT pdf FROM outbound_letter WHERE outbound_id = @outboundId", new { outboundId }, cancellationToken: cancellationToken));
    }

    public async Task<bool> MarkPostedAsync(long outboundId, string actor, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // The case first, then its reply, as the pipeline and the outbox lock them.
        var @case = await connection.QuerySingleOrDefaultAsync<(long Id, bool Verified)?>(new CommandDefinition(
            """
            SELECT c.id, c.verified FROM cancellation_case c JOIN outbound_message o ON o.case_id = c.id
            WHERE o.id = @outboundId FOR UPDATE OF c
            """, new { outboundId }, transaction, cancellationToken: cancellationToken));
        if (@case is not { } locked) return false;
        var reply = await connection.QuerySingleOrDefaultAsync<(string Kind, string Channel)?>(new CommandDefinition(
            """
            UPDATE outbound_message o SET status = @sent, sent_at = @now, updated_at = @now
            FROM outbound_letter l
            WHERE o.id = @outboundId AND l.outbound_id = o.id AND l.posted_at IS NULL AND o.status = @toPrint
            RETURNING o.kind, o.channel
            """, new { outboundId, now, sent = OutboundStatuses.Sent, toPrint = OutboundStatuses.ToPrint }, transaction, cancellationToken: cancellationToken));
        if (reply is not { } posted) return false;
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE outbound_letter SET posted_at = @now, posted_by = @actor WHERE outbound_id = @outboundId",
            new { outboundId, now, actor }, transaction, cancellationToken: cancellationToken));
        await PostgresCaseJournal.AppendAsync(connection, transaction, locked.Id, locked.Verified, now, "letter_posted", actor,
            new Dictionary<string, object?> { ["outboundId"] = outboundId, ["kind"] = posted.Kind, ["channel"] = posted.Channel }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
