using Dapper;
using Intake.Core.Cases;
using Npgsql;

namespace Intake.Storage.Postgres.Cases;

/// <summary>Reads cases with their messages and replies.</summary>
public sealed class PostgresCaseQueries : ICaseQueries
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresCaseQueries(NpgsqlDataSource dataSource)
    {
        DapperTypes.Register();
        _dataSource = dataSource;
    }

    public async Task<CaseView?> GetAsync(string reference, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<CaseRow>(new CommandDefinition(
            """
            SELECT c.id, c.reference, c.status, c.kind, c.received_at, c.requested_date, c.effective_date, c.reason,
                   c.verified, c.first_channel, c.language, k.product, c.first_declaration_message_id
            FROM cancellation_case c LEFT JOIN contract k ON k.id = c.contract_id
            WHERE c.reference = @reference
            """, new { reference }, cancellationToken: cancellationToken));
        if (row is null) return null;
        var messages = await connection.QueryAsync<MessageRow>(new CommandDefinition(
            """
            SELECT id, channel, received_at, intent, kind, subject, body_text FROM inbound_message
            WHERE case_id = @Id ORDER BY received_at, id
            """, new { row.Id }, cancellationToken: cancellationToken));
        var outbound = await connection.QueryAsync<OutboundRow>(new CommandDefinition(
            """
            SELECT id, kind, channel, recipient, status, subject, body, attempts, last_error, created_at, sent_at
            FROM outbound_message WHERE case_id = @Id ORDER BY id
            """, new { row.Id }, cancellationToken: cancellationToken));
        return new CaseView(row.Reference, row.Status, row.Kind, Utc(row.ReceivedAt), row.RequestedDate, row.EffectiveDate,
            row.Reason, row.Verified, row.FirstChannel, row.Language, row.Product,
            [.. messages.Select(m => new CaseMessageView(m.Id, m.Channel, Utc(m.ReceivedAt), m.Intent, m.Kind, m.Subject, m.BodyText))],
            [.. outbound.Select(o => new CaseOutboundView(o.Id, o.Kind, o.Channel, o.Recipient, o.Status, o.Subject, o.Body,
                o.Attempts, o.LastError, Utc(o.CreatedAt), o.SentAt is { } sent ? Utc(sent) : null))], row.FirstDeclarationMessageId);
    }

    public async Task<IReadOnlyList<CaseSummary>> ListBySenderAsync(string senderAddress, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<SummaryRow>(new CommandDefinition(
            """
            SELECT c.reference, c.status, c.kind, c.received_at, c.effective_date, c.first_channel
            FROM cancellation_case c
            WHERE c.id IN (SELECT case_id FROM inbound_message WHERE sender_address = @senderAddress AND case_id IS NOT NULL)
            ORDER BY c.received_at DESC, c.id DESC
            LIMIT @limit
            """, new { senderAddress, limit }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new CaseSummary(r.Reference, r.Status, r.Kind, Utc(r.ReceivedAt), r.EffectiveDate, r.FirstChannel))];
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private sealed record CaseRow(long Id, string Reference, string Status, string? Kind, DateTime ReceivedAt, DateOnly? RequestedDate,
        DateOnly? EffectiveDate, string? Reason, bool Verified, string FirstChannel, string Language, string? Product,
        long? FirstDeclarationMessageId);

    private sealed record MessageRow(long Id, string Channel, DateTime ReceivedAt, string Intent, string? Kind, string? Subject, string BodyText);

    private sealed record OutboundRow(long Id, string Kind, string Channel, string Recipient, string Status, string? Subject, string Body,
        int Attempts, string? LastError, DateTime CreatedAt, DateTime? SentAt);

    private sealed record SummaryRow(string Reference, string Status, string? Kind, DateTime ReceivedAt, DateOnly? EffectiveDate, string FirstChannel);
}
