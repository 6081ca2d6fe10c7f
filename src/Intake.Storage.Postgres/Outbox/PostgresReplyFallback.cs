using Dapper;
using Intake.Core.Templates;
using Intake.Storage.Postgres.Cases;
using Npgsql;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Storage.Postgres.Outbox;

/// <summary>
/// Where a refused SMS or WhatsApp reply goes instead: by email to the address on file (rendered from the email
/// template), or, with no address on file, a "confirmation_owed" event that puts the case in front of staff.
/// </summary>
public sealed class PostgresReplyFallback(NpgsqlDataSource dataSource, ReplyTemplates templates, PipelineOptions pipeline, TimeProvider time) : IReplyFallback
{
    public async Task DivertAsync(OutboundMessage refused, string error, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var @case = await connection.QuerySingleAsync<CaseRow>(new CommandDefinition(
            """
            SELECT c.reference AS Reference, c.received_at AS ReceivedAt, c.effective_date AS EffectiveDate, c.kind AS Kind,
                   c.why_token AS WhyToken, c.verified AS Verified, cu.email AS Email, cu.name AS Name, ct.product AS Product
            FROM cancellation_case c LEFT JOIN customer cu ON cu.id = c.customer_id LEFT JOIN contract ct ON ct.id = c.contract_id
            WHERE c.id = @CaseId
            """, new { refused.CaseId }, transaction, cancellationToken: cancellationToken));
        var now = time.GetUtcNow().UtcDateTime;
        var data = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["outboundId"] = refused.Id, ["channel"] = refused.Channel, ["kind"] = refused.Kind, ["error"] = error,
        };
        long? fallbackId = null;
        if (@case.Email is { } email)
        {
            var templateKind = refused.Kind.StartsWith("confirmation", StringComparison.Ordinal) ? "confirmation" : refused.Kind;
            var rendered = templates.Render(templateKind, ChannelValues.Email, refused.Language, ReplyComposer.For(
                new ReplyCase(@case.Reference, @case.Product, new DateTimeOffset(DateTime.SpecifyKind(@case.ReceivedAt, DateTimeKind.Utc)),
                    @case.EffectiveDate, @case.Kind, @case.WhyToken), @case.Name, pipeline.PublicBaseUrl));
            // The email on file may already have this reply (the impersonation guard's copy): never twice.
            fallbackId = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
                """
                INSERT INTO outbound_message (case_id, kind, channel, recipient, language, template, subject, body,
                    next_attempt_at, created_at, updated_at)
                SELECT @CaseId, @Kind, 'email', @email, @Language, @Template, @Subject, @Body, @now, @now, @now
                WHERE NOT EXISTS (SELECT 1 FROM outbound_message WHERE case_id = @CaseId AND channel = 'email'
                                  AND recipient = @email AND kind LIKE @templateKind || '%')
                ON CONFLICT (case_id, kind, channel) WHERE kind <> 'reply' AND merged_from_case_id IS NULL DO NOTHING
                RETURNING id
                """,
                new
                {
                    refused.CaseId, refused.Kind, email, refused.Language, rendered.Template, rendered.Subject, rendered.Body,
                    now, templateKind,
                }, transaction, cancellationToken: cancellationToken));
            data["fallbackChannel"] = ChannelValues.Email;
            data["fallbackOutboundId"] = fallbackId;
        }
        var type = @case.Email is null ? "confirmation_owed" : "reply_fallback";
        await PostgresCaseJournal.AppendAsync(connection, transaction, refused.CaseId, @case.Verified, now, type, "system", data, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private sealed record CaseRow(string Reference, DateTime ReceivedAt, DateOnly? EffectiveDate, string? Kind, string WhyToken,
        bool Verified, string? Email, string? Name, string? Product);
}
