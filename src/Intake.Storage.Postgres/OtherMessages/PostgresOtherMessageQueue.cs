using Dapper;
using Intake.Core.Identity;
using Intake.Core.OtherMessages;
using Npgsql;

namespace Intake.Storage.Postgres.OtherMessages;

/// <summary>The "not a cancellation" queue on PostgreSQL: inbound messages with intent other and no case.</summary>
public sealed class PostgresOtherMessageQueue : IOtherMessageQueue
{
    private const string Queued = "m.intent = 'other' AND m.case_id IS NULL";

    // Sender as the console's case search reads it (normalised email / phone / X user id, or an @handle), else a fragment
    // of the text or subject.
    private const string Filter =
        $"""
        {Queued} AND (m.reviewed_at IS NOT NULL) = @reviewed
          AND (@channel::text IS NULL OR m.channel = @channel)
          AND (@search::text IS NULL OR m.sender_address = @address OR lower(m.display_name) = @handle
               OR m.body_text ILIKE @pattern ESCAPE '\' OR m.subject ILIKE @pattern ESCAPE '\')
        """;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresOtherMessageQueue(NpgsqlDataSource dataSource)
    {
        DapperTypes.Register();
        _dataSource = dataSource;
    }

    public async Task<OtherMessagePage> ListAsync(OtherMessageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = Parameters(query);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"""
            SELECT m.id, m.channel, m.received_at, m.sender_address, m.display_name, m.subject,
                   left(m.body_text, {OtherMessage.ExcerptLength}) AS excerpt, length(m.body_text) > {OtherMessage.ExcerptLength} AS truncated,
                   m.confidence, m.cues, m.reviewed_at, m.reviewed_by
            FROM inbound_message m
            WHERE {Filter}
            ORDER BY m.received_at DESC, m.id DESC
            LIMIT @limit
            """, parameters, cancellationToken: cancellationToken));
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            $"SELECT count(*)::int FROM inbound_message m WHERE {Filter}", parameters, cancellationToken: cancellationToken));
        return new OtherMessagePage([.. rows.Select(r => r.ToMessage())], total);
    }

    public async Task<int> CountAsync(string? channel, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            $"SELECT count(*)::int FROM inbound_message m WHERE {Queued} AND m.reviewed_at IS NULL AND (@channel::text IS NULL OR m.channel = @channel)",
            new { channel }, cancellationToken: cancellationToken));
    }

    private static object Parameters(OtherMessageQuery query)
    {
        var search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim();
        return new
        {
            reviewed = query.Reviewed, channel = query.Channel, search, limit = Math.Max(1, query.Limit),
            address = search is null ? null : SenderAddress.Normalise(search),
            handle = search is null ? null : (search.StartsWith('@') ? search : "@" + search).ToLowerInvariant(),
            pattern = search is null ? null : "%" + search.Replace(@"\", @"\\", StringComparison.Ordinal)
                .Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%",
        };
    }

    private sealed record Row
    {
        public long Id { get; init; }
        public string Channel { get; init; } = "";
        public DateTimeOffset ReceivedAt { get; init; }
        public string SenderAddress { get; init; } = "";
        public string? DisplayName { get; init; }
        public string? Subject { get; init; }
        public string Excerpt { get; init; } = "";
        public bool Truncated { get; init; }
        public double Confidence { get; init; }
        public string[]? Cues { get; init; }
        public DateTimeOffset? ReviewedAt { get; init; }
        public string? ReviewedBy { get; init; }

        public OtherMessage ToMessage() => new()
        {
            Id = Id, Channel = Channel, ReceivedAt = ReceivedAt, SenderAddress = SenderAddress, DisplayName = DisplayName, Subject = Subject,
            Excerpt = Excerpt, Truncated = Truncated, Confidence = Confidence, Reasons = Cues ?? [], ReviewedAt = ReviewedAt, ReviewedBy = ReviewedBy,
        };
    }
}
