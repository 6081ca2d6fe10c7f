using Dapper;
using Intake.Core.Console;
using Intake.Core.EffectiveDates;
using Intake.Storage.Postgres.Cases;
using Npgsql;

namespace Intake.Storage.Postgres.Console;

/// <summary>
/// Applies a staff decision in ONE transaction: lock the case, decide, update it, append its events (actor staff:&lt;id&gt;),
/// write replies to the outbox exactly like the pipeline (once per case, kind and channel).
/// </summary>
public sealed class PostgresCaseChanges(NpgsqlDataSource dataSource, TimeProvider time) : ICaseChanges
{
    static PostgresCaseChanges() => DapperTypes.Register();

    public async Task<CaseChangeOutcome> ChangeAsync(string reference, string actor, Func<LockedCase, CaseChange> decide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decide);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var current = await LockedCaseReader.ReadAsync(connection, transaction, reference, cancellationToken);
        if (current is null) return new CaseChangeOutcome(false, CaseChangeOutcome.NotFound, 0);
        var change = decide(current);
        if (change.Refusal is { } refusal) return new CaseChangeOutcome(false, refusal, 0);

        var applied = await ApplyAsync(connection, transaction, current, change, actor, time.GetUtcNow(), cancellationToken);
        if (applied.Applied) await transaction.CommitAsync(cancellationToken);
        else await transaction.RollbackAsync(cancellationToken);
        return applied.Refusal == CaseChangeOutcome.OpenCaseExists
            ? applied with { ConflictingReference = await OpenCaseOfAsync(change.Updated.OpenKey, cancellationToken) } : applied;
    }

    /// <summary>
    /// Merges two cases of one person in ONE transaction: both locked (in reference order, so two staff merging the same
    /// pair cannot deadlock), the decision made on both, the closed case's messages and replies re-linked to the one that
    /// remains, then each case changed as any staff decision changes it (events, replies to the outbox).
    /// </summary>
    public async Task<CaseChangeOutcome> MergeAsync(string reference, string otherReference, string actor,
        Func<LockedCase, LockedCase, CaseMerge> decide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decide);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var locked = new Dictionary<string, LockedCase?>(StringComparer.Ordinal);
        foreach (var key in new[] { reference, otherReference }.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            locked[key] = await LockedCaseReader.ReadAsync(connection, transaction, key, cancellationToken);
        if (locked[reference] is not { } current || locked[otherReference] is not { } other)
            return new CaseChangeOutcome(false, CaseChangeOutcome.NotFound, 0);
        var merge = decide(current, other);
        if (merge.Refusal is { } refusal) return new CaseChangeOutcome(false, refusal, 0);

        var (remaining, closed) = (merge.Remaining.Updated, merge.Closed.Updated);
        var now = time.GetUtcNow();
        // The closed case first: it gives up its open key (and contract) before the remaining case may take it.
        var outcome = await ApplyAsync(connection, transaction, other.Id == closed.Id ? other : current, merge.Closed, actor, now, cancellationToken);
        if (outcome.Applied)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE cancellation_case SET merged_into_case_id = @into WHERE id = @from;
                UPDATE inbound_message SET case_id = @into WHERE case_id = @from;
                UPDATE outbound_message SET case_id = @into, merged_from_case_id = coalesce(merged_from_case_id, @from) WHERE case_id = @from;
                """, new { into = remaining.Id, from = closed.Id }, transaction, cancellationToken: cancellationToken));
            outcome = await ApplyAsync(connection, transaction, other.Id == remaining.Id ? other : current, merge.Remaining, actor, now, cancellationToken);
        }
        if (!outcome.Applied)
        {
            await transaction.RollbackAsync(cancellationToken);
            return outcome;
        }
        await transaction.CommitAsync(cancellationToken);
        return outcome with { RemainingReference = remaining.Reference };
    }

    /// <summary>Writes a decided change: the case row, its events, the address to link and the replies it owes.</summary>
    private static async Task<CaseChangeOutcome> ApplyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, LockedCase current,
        CaseChange change, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var updated = change.Updated;
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE cancellation_case SET status = @Status, kind = @Kind, customer_id = @CustomerId, contract_id = @ContractId,
                    open_key = @OpenKey, effective_date = @EffectiveDate, effective_rule = @EffectiveRule, verified = @Verified,
                    received_at = @ReceivedAt, first_declaration_message_id = @FirstDeclarationMessageId, requested_date = @RequestedDate,
                    updated_at = @now
                WHERE id = @Id
                """,
                new
                {
                    updated.Status, updated.Kind, updated.CustomerId, updated.ContractId, updated.OpenKey, updated.EffectiveDate,
                    updated.EffectiveRule, updated.Verified, updated.ReceivedAt, updated.FirstDeclarationMessageId, updated.RequestedDate,
                    now, current.Id,
                }, transaction, cancellationToken: cancellationToken));
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // The contract already has an open case: one open case per contract, the database says so.
            return new CaseChangeOutcome(false, CaseChangeOutcome.OpenCaseExists, 0);
        }

        foreach (var staffEvent in change.Events)
            await PostgresCaseJournal.AppendAsync(connection, transaction, current.Id, updated.Verified, now, staffEvent.Type, actor, staffEvent.Data, cancellationToken);
        if (change.LinkAddress is { } link && updated.CustomerId is { } customerId)
        {
            var linkId = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
                """
                INSERT INTO identity_link (kind, value, customer_id, verified, linked_by) VALUES (@Kind, @Value, @customerId, true, @actor)
                ON CONFLICT (kind, value, customer_id) DO NOTHING RETURNING id
                """, new { link.Kind, link.Value, customerId, actor }, transaction, cancellationToken: cancellationToken));
            if (linkId is not null)
                await PostgresCaseJournal.AppendAsync(connection, transaction, current.Id, updated.Verified, now, "address_linked", actor,
                    new Dictionary<string, object?> { ["linkId"] = linkId, ["kind"] = link.Kind, ["customerId"] = customerId }, cancellationToken);
        }

        var queued = 0;
        foreach (var reply in change.Replies)
        {
            var outboundId = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
                """
                INSERT INTO outbound_message (case_id, kind, channel, recipient, language, template, subject, body, in_reply_to,
                    next_attempt_at, created_at, updated_at)
                VALUES (@CaseId, @Kind, @Channel, @Recipient, @Language, @Template, @Subject, @Body, @InReplyTo, @now, @now, @now)
                ON CONFLICT (case_id, kind, channel) WHERE kind <> 'reply' AND merged_from_case_id IS NULL DO NOTHING
                RETURNING id
                """,
                new { reply.CaseId, reply.Kind, reply.Channel, reply.Recipient, reply.Language, reply.Template, reply.Subject, reply.Body, reply.InReplyTo, now },
                transaction, cancellationToken: cancellationToken));
            if (outboundId is null) continue;
            queued++;
            await PostgresCaseJournal.AppendAsync(connection, transaction, current.Id, updated.Verified, now, "reply_queued", actor,
                new Dictionary<string, object?> { ["outboundId"] = outboundId, ["kind"] = reply.Kind, ["channel"] = reply.Channel, ["template"] = reply.Template },
                cancellationToken);
        }
        return new CaseChangeOutcome(true, null, queued);
    }

    /// <summary>The customer and the contracts a staff member may link a case to, found by account number.</summary>
    public async Task<CustomerCandidate?> FindCustomerAsync(string accountNumber, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var customer = await connection.QuerySingleOrDefaultAsync<(long Id, string AccountNumber, string Name)?>(new CommandDefinition(
            "SELECT id, account_number, name FROM customer WHERE account_number = @accountNumber",
            new { accountNumber = accountNumber.Trim().ToUpperInvariant() }, cancellationToken: cancellationToken));
        if (customer is not { } found) return null;
        var contracts = await connection.QueryAsync<ContractChoice>(new CommandDefinition(
            """
            SELECT id, external_id, product, start_date, minimum_term_end, notice_period, renewal, time_zone, concluded_on
            FROM contract WHERE customer_id = @Id AND ended_on IS NULL ORDER BY id
            """, new { found.Id }, cancellationToken: cancellationToken));
        return new CustomerCandidate(found.Id, found.AccountNumber, found.Name, [.. contracts]);
    }

    private async Task<string?> OpenCaseOfAsync(string openKey, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT reference FROM cancellation_case WHERE open_key = @openKey AND status IN ('NeedsReview', 'NeedsIdentification', 'Accepted')",
            new { openKey }, cancellationToken: cancellationToken));
    }
}
