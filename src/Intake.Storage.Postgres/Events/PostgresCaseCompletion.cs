using System.Globalization;
using Dapper;
using Intake.Core.Events;
using Intake.Core.Model;
using Intake.Core.Templates;
using Intake.Storage.Postgres.Cases;
using Npgsql;

namespace Intake.Storage.Postgres.Events;

/// <summary>
/// Completes a case in one transaction: status, end date, events (which carry case.completed to billing's peers)
/// and a short final message to the customer on the channel the case was confirmed on.
/// </summary>
public sealed class PostgresCaseCompletion(NpgsqlDataSource dataSource, ReplyTemplates templates) : ICaseCompletion
{
    static PostgresCaseCompletion() => DapperTypes.Register();

    public async Task<CompletionResult> CompleteAsync(string reference, DateOnly endDate, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var found = await connection.QuerySingleOrDefaultAsync<CaseRow>(new CommandDefinition(
            """
            SELECT c.id, c.status, c.effective_date, c.completed_end_date, c.verified, c.language, c.received_at AS received_at_utc, c.kind, k.product
            FROM cancellation_case c LEFT JOIN contract k ON k.id = c.contract_id
            WHERE c.reference = @reference FOR UPDATE OF c
            """, new { reference }, transaction, cancellationToken: cancellationToken));
        if (found is null) return new CompletionResult(CompletionOutcome.NotFound, null, null, false, false);
        var mismatch = found.EffectiveDate is { } confirmed && confirmed != endDate;
        if (found.Status == CaseStatuses.Completed)
            return found.CompletedEndDate == endDate
                ? new CompletionResult(CompletionOutcome.AlreadyCompleted, found.Status, found.EffectiveDate, mismatch, false)
                : new CompletionResult(CompletionOutcome.Conflict, found.Status, found.EffectiveDate, mismatch, false);
        if (found.Status != CaseStatuses.Accepted)
            return new CompletionResult(CompletionOutcome.Conflict, found.Status, found.EffectiveDate, mismatch, false);

        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE cancellation_case SET status = 'Completed', completed_end_date = @endDate, end_date_mismatch = @mismatch, updated_at = @at WHERE id = @Id",
            new { endDate, mismatch, at, found.Id }, transaction, cancellationToken: cancellationToken));
        await AppendAsync(connection, transaction, found, at, "status_changed", new { from = CaseStatuses.Accepted, to = CaseStatuses.Completed, endDate = Iso(endDate) }, cancellationToken);
        if (mismatch)
            await AppendAsync(connection, transaction, found, at, "end_date_mismatch", new { confirmed = Iso(found.EffectiveDate!.Value), actual = Iso(endDate) }, cancellationToken);
        var queued = await QueueFinalMessageAsync(connection, transaction, found, reference, endDate, at, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CompletionResult(CompletionOutcome.Completed, CaseStatuses.Completed, found.EffectiveDate, mismatch, queued);
    }

    private async Task<bool> QueueFinalMessageAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CaseRow found, string reference,
        DateOnly endDate, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // The customer hears it where we confirmed the cancellation.
        var target = await connection.QueryFirstOrDefaultAsync<(string Channel, string Recipient, string? InReplyTo)?>(new CommandDefinition(
            "SELECT channel, recipient, in_reply_to FROM outbound_message WHERE case_id = @Id AND kind = 'confirmation' ORDER BY id LIMIT 1",
            new { found.Id }, transaction, cancellationToken: cancellationToken));
        if (target is not { } to) return false;
        var rendered = templates.Render("completion", to.Channel, found.Language,
            ReplyComposer.For(new ReplyCase(reference, found.Product, found.ReceivedAt, endDate, found.Kind, WhyToken: null)));
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO outbound_message (case_id, kind, channel, recipient, language, template, subject, body, in_reply_to, next_attempt_at, created_at, updated_at)
            VALUES (@Id, 'completion', @Channel, @Recipient, @Language, @Template, @Subject, @Body, @InReplyTo, @at, @at, @at)
            ON CONFLICT (case_id, kind, channel) WHERE kind <> 'reply' AND merged_from_case_id IS NULL DO NOTHING
            """,
            new { found.Id, to.Channel, to.Recipient, found.Language, rendered.Template, rendered.Subject, rendered.Body, to.InReplyTo, at },
            transaction, cancellationToken: cancellationToken));
        if (inserted == 1)
            await AppendAsync(connection, transaction, found, at, "reply_queued", new { kind = "completion", channel = to.Channel, template = rendered.Template }, cancellationToken);
        return inserted == 1;
    }

    private static Task AppendAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CaseRow found, DateTimeOffset at, string type, object data, CancellationToken cancellationToken) =>
        PostgresCaseJournal.AppendAsync(connection, transaction, found.Id, found.Verified, at, type, "billing", data, cancellationToken);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record CaseRow(long Id, string Status, DateOnly? EffectiveDate, DateOnly? CompletedEndDate, bool Verified, string Language,
        DateTime ReceivedAtUtc, string? Kind, string? Product)
    {
        public DateTimeOffset ReceivedAt => new(DateTime.SpecifyKind(ReceivedAtUtc, DateTimeKind.Utc));
    }
}
