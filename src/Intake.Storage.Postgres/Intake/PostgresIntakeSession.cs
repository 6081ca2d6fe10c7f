using System.Text.Json;
using Dapper;
using Intake.Core.Classification;
using Intake.Core.EffectiveDates;
using Intake.Core.Identity;
using Intake.Core.Model;
using Intake.Storage.Postgres.Cases;
using Npgsql;

namespace Intake.Storage.Postgres.Intake;

/// <summary>One intake transaction: every statement runs on the same connection and commits together.</summary>
internal sealed class PostgresIntakeSession(NpgsqlConnection connection, NpgsqlTransaction transaction) : IIntakeSession
{
    private readonly NpgsqlBatch _pending = new(connection, transaction);
    private const string CaseColumns =
        """
        id, reference, status, kind, customer_id, contract_id, open_key, received_at, first_channel, requested_date,
        effective_date, effective_rule, reason, reason_text, verified, language, why_token, first_declaration_message_id
        """;

    private static readonly string[] OpenStatuses = [.. CaseStatuses.Open];

    /// <summary>
    /// <see cref="CaseStatuses.Open"/> written out as the predicate of the partial index cancellation_case_one_open. A read by
    /// open_key must say it literally: with <c>status = ANY($2)</c> the generic plan of a prepared statement cannot prove the
    /// index's predicate and scans every case.
    /// </summary>
    internal const string OpenStatusesInIndex = "status IN ('NeedsReview', 'NeedsIdentification', 'Accepted')";

    /// <summary>The open cases of @SenderAddress: read alone or right after the message insert, always the same rows.</summary>
    private const string OpenCasesOfSender =
        $"""
        SELECT {CaseColumns} FROM cancellation_case
        WHERE status = ANY(@OpenStatuses)
          AND id IN (SELECT case_id FROM inbound_message WHERE sender_address = @SenderAddress AND case_id IS NOT NULL)
        """;

    /// <summary>The customer linked by @identityKind and @value, a verified link first.</summary>
    private const string CustomerByIdentity =
        """
        SELECT c.id AS customer_id, c.email, c.phone, l.verified
        FROM identity_link l JOIN customer c ON c.id = l.customer_id
        WHERE l.kind = @identityKind AND l.value = @value
        ORDER BY l.verified DESC, c.id
        LIMIT 1
        """;

    private const string RawPayloadSavepoint = "raw_payload_stored";

    /// <summary>The customer the sender address of the message last inserted links to, read with the insert.</summary>
    private SenderCustomer? _sender;

    /// <summary>The raw payload saved in this transaction that no round trip has carried yet.</summary>
    private RawPayload? _unsentRaw;

    public long? RawPayloadId { get; private set; }

    public void SaveRawPayload(RawPayload payload) => _unsentRaw = payload;

    public async Task RollBackToRawPayloadAsync(CancellationToken cancellationToken)
    {
        _pending.BatchCommands.Clear();
        // The savepoint exists only when this session inserted the raw payload before it: currval is that payload's id, which
        // the round trip that carried it may have failed before answering.
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands = { RollBackToSavepoint(), new NpgsqlBatchCommand("SELECT currval(pg_get_serial_sequence('raw_payload', 'id'))") },
        };
        RawPayloadId = (long)(await batch.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<long> QuarantineRawPayloadAsync(string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        _pending.BatchCommands.Clear();
        // A payload that could not be read was never sent: it is stored now, with its savepoint, in a round trip of its own.
        if (TakeUnsentRawPayload() is { } unsent)
        {
            await using var store = new NpgsqlBatch(connection, transaction)
            {
                BatchCommands = { RawPayloadSql.Insert(unsent), new NpgsqlBatchCommand("SAVEPOINT " + RawPayloadSavepoint) },
            };
            RawPayloadId = (long)(await store.ExecuteScalarAsync(cancellationToken))!;
        }
        if (RawPayloadId is null) await RollBackToRawPayloadAsync(cancellationToken);
        var rawPayloadId = RawPayloadId!.Value;
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands = { RollBackToSavepoint(), RawPayloadSql.Quarantine(rawPayloadId, reason, at), new NpgsqlBatchCommand("COMMIT") },
        };
        await batch.ExecuteNonQueryAsync(cancellationToken);
        return rawPayloadId;
    }

    private RawPayload? TakeUnsentRawPayload()
    {
        var unsent = _unsentRaw;
        _unsentRaw = null;
        return unsent;
    }

    private static NpgsqlBatchCommand RollBackToSavepoint() => new("ROLLBACK TO SAVEPOINT " + RawPayloadSavepoint);

    public Task<AcceptResult?> FindAcceptedAsync(string channel, string providerMessageId, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<AcceptResult>(Command(
            """
            SELECT m.id AS MessageId, m.intent AS Intent, c.reference AS CaseReference, false AS Duplicate
            FROM inbound_message m LEFT JOIN cancellation_case c ON c.id = m.case_id
            WHERE m.channel = @channel AND m.provider_message_id = @providerMessageId
            """, new { channel, providerMessageId }, cancellationToken));

    public async Task<InsertedMessage?> InsertMessageAsync(InboundMessage message, IntentResult intent, bool withSenderCases,
        CancellationToken cancellationToken)
    {
        // The raw payload saved in this transaction and not yet sent leads the round trip, with its savepoint: the message
        // refers to it by currval, this session's last id of its sequence (nothing else here inserts a raw payload).
        var raw = TakeUnsentRawPayload();
        var rawPayloadId = raw is null ? "@RawPayloadId" : "currval(pg_get_serial_sequence('raw_payload', 'id'))";
        var lead = raw is null ? "" : $"{RawPayloadSql.InsertSql};\nSAVEPOINT {RawPayloadSavepoint};\n";
        // ON CONFLICT DO NOTHING waits for a concurrent insert of the same key and then yields no row: a re-delivery.
        var insert =
            $"""
            INSERT INTO inbound_message (channel, provider_message_id, received_at, sender_address, display_name, subject,
                body_text, thread_reference, raw_payload_id, language, intent, kind, confidence, cues, created_at)
            VALUES (@Channel, @ProviderMessageId, @ReceivedAt, @SenderAddress, @DisplayName, @Subject,
                @Text, @ThreadReference, {rawPayloadId}, @Language, @Intent, @Kind, @Confidence, @Cues, now())
            ON CONFLICT (channel, provider_message_id) DO NOTHING
            RETURNING id
            """;
        // The sender's cases as a second statement of the same round trip: it runs after the insert with a snapshot of
        // its own, as the separate query did. currval is this session's last id of the sequence, which a conflicting insert
        // also draws but never stores: a re-delivery locks no case, as before.
        const string senderCases =
            $"""
            ;
            {OpenCasesOfSender}
              AND EXISTS (SELECT FROM inbound_message
                          WHERE id = currval(pg_get_serial_sequence('inbound_message', 'id'))
                            AND channel = @Channel AND provider_message_id = @ProviderMessageId)
            ORDER BY id FOR UPDATE
            """;
        // The customer the sender address links to, as a last statement: the identification asks for it first (and a
        // re-delivery or a message no case needs reads it for nothing, which costs no round trip).
        var senderKind = SenderAddress.KindOf(message.SenderAddress);
        var readSender = IdentityKinds.LinksSender(senderKind);
        var parameters = new DynamicParameters(new
        {
            message.Channel, message.ProviderMessageId, message.ReceivedAt, message.SenderAddress, message.DisplayName,
            message.Subject, message.Text, message.ThreadReference, RawPayloadId = message.RawPayloadId ?? RawPayloadId, intent.Language,
            intent.Intent, intent.Kind, intent.Confidence, Cues = intent.Reasons.ToArray(), OpenStatuses,
            identityKind = senderKind, value = message.SenderAddress,
        });
        if (raw is not null) parameters.AddDynamicParams(RawPayloadSql.Values(raw));
        var sql = lead + insert + (withSenderCases ? senderCases : "") + (readSender ? ";\n" + WithContracts(CustomerByIdentity) : "");
        await using var results = await connection.QueryMultipleAsync(Command(sql, parameters, cancellationToken));
        if (raw is not null) RawPayloadId = await results.ReadSingleAsync<long>();
        var inserted = await results.ReadSingleOrDefaultAsync<long?>();
        var cases = withSenderCases ? NewestFirst(await results.ReadAsync<CaseRecord>()) : null;
        _sender = readSender ? new(senderKind, message.SenderAddress, Found(await results.ReadAsync<CustomerContractRow>()).SingleOrDefault()) : null;
        return inserted is { } messageId ? new InsertedMessage(messageId, cases) : null;
    }

    public async Task<FoundCustomer?> FindCustomerAsync(string identityKind, string value, CancellationToken cancellationToken) =>
        _sender is { } sender && sender.Kind == identityKind && sender.Value == value
            ? sender.Found
            : Found(await connection.QueryAsync<CustomerContractRow>(
                Command(WithContracts(CustomerByIdentity), new { identityKind, value }, cancellationToken))).SingleOrDefault();

    public async Task<FoundCustomer?> FindSoleCustomerAsync(string identityKind, string value, CancellationToken cancellationToken) =>
        Found(await connection.QueryAsync<CustomerContractRow>(Command(WithContracts(
            """
            SELECT DISTINCT c.id AS customer_id, c.email, c.phone, false AS verified
            FROM identity_link l JOIN customer c ON c.id = l.customer_id
            WHERE l.kind = @identityKind AND l.value = @value
            LIMIT 2
            """), new { identityKind, value }, cancellationToken))) is [var sole] ? sole : null;

    /// <summary>The customers <paramref name="customers"/> selects, each with their open contracts in id order: one statement.</summary>
    private static string WithContracts(string customers) =>
        $"""
        WITH found AS ({customers})
        SELECT f.customer_id, f.email, f.phone, f.verified, k.id AS contract_id, k.external_id, k.product, k.start_date,
            k.minimum_term_end, k.notice_period, k.renewal, k.time_zone, k.concluded_on
        FROM found f LEFT JOIN contract k ON k.customer_id = f.customer_id AND k.ended_on IS NULL
        ORDER BY f.customer_id, k.id
        """;

    private static IReadOnlyList<FoundCustomer> Found(IEnumerable<CustomerContractRow> rows) =>
        [.. rows.GroupBy(r => r.CustomerId).Select(customer => new FoundCustomer(
            new CustomerMatch(customer.Key, customer.First().Email, customer.First().Phone, customer.First().Verified),
            [.. customer.Where(r => r.ContractId is not null).Select(r => new ContractRecord(r.ContractId!.Value, r.ExternalId!, r.Product!,
                new ContractTerms(r.StartDate!.Value, r.MinimumTermEnd, r.NoticePeriod!, r.Renewal!, r.TimeZone!, r.ConcludedOn)))]))];

    public async Task<CaseRecord> FindOrOpenCaseAsync(CaseRecord candidate, CancellationToken cancellationToken)
    {
        // The partial unique index on open_key decides between concurrent openers; the loser joins the winner's case.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var opened = await connection.QuerySingleOrDefaultAsync<CaseRecord>(Command(
                $"""
                INSERT INTO cancellation_case (reference, status, kind, customer_id, contract_id, open_key, received_at,
                    first_channel, requested_date, effective_date, effective_rule, reason, reason_text, verified, language,
                    why_token, first_declaration_message_id, created_at, updated_at)
                VALUES ('C-' || @Year || '-' || lpad(nextval('case_reference_seq')::text, 6, '0'), @Status, @Kind, @CustomerId,
                    @ContractId, @OpenKey, @ReceivedAt, @FirstChannel, @RequestedDate, @EffectiveDate, @EffectiveRule, @Reason,
                    @ReasonText, @Verified, @Language, @WhyToken, @FirstDeclarationMessageId, now(), now())
                ON CONFLICT (open_key) WHERE {OpenStatusesInIndex} DO NOTHING
                RETURNING {CaseColumns}
                """,
                new
                {
                    Year = candidate.ReceivedAt.UtcDateTime.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    candidate.Status, candidate.Kind, candidate.CustomerId, candidate.ContractId, candidate.OpenKey,
                    candidate.ReceivedAt, candidate.FirstChannel, candidate.RequestedDate, candidate.EffectiveDate,
                    candidate.EffectiveRule, candidate.Reason, candidate.ReasonText, candidate.Verified, candidate.Language,
                    candidate.WhyToken, candidate.FirstDeclarationMessageId,
                }, cancellationToken));
            if (opened is not null) return opened with { Opened = true };

            var open = await connection.QuerySingleOrDefaultAsync<CaseRecord>(Command(
                $"SELECT {CaseColumns} FROM cancellation_case WHERE open_key = @OpenKey AND {OpenStatusesInIndex} FOR UPDATE",
                new { candidate.OpenKey }, cancellationToken));
            if (open is not null) return open with { Opened = false };
        }
        throw new InvalidOperationException($"Could not open or join a case for key kind {candidate.OpenKey.Split(':')[0]}.");
    }

    public async Task<CaseRecord?> FindOpenCaseAsync(string reference, CancellationToken cancellationToken) =>
        await connection.QuerySingleOrDefaultAsync<CaseRecord>(Command(
            $"SELECT {CaseColumns} FROM cancellation_case WHERE reference = @reference AND status = ANY(@OpenStatuses) FOR UPDATE",
            new { reference, OpenStatuses }, cancellationToken)) is { } found ? found with { Opened = false } : null;

    public async Task<IReadOnlyList<CaseRecord>> FindOpenCasesOfSenderAsync(string senderAddress, CancellationToken cancellationToken) =>
        NewestFirst(await connection.QueryAsync<CaseRecord>(Command(
            $"""
            {OpenCasesOfSender}
            ORDER BY id FOR UPDATE
            """, new { SenderAddress = senderAddress, OpenStatuses }, cancellationToken)));

    /// <summary>A sender's cases are locked in id order (as every locker of several cases does) and answered newest first.</summary>
    private static IReadOnlyList<CaseRecord> NewestFirst(IEnumerable<CaseRecord> lockedInIdOrder) =>
        [.. lockedInIdOrder.Reverse().Select(c => c with { Opened = false })];

    public Task<string?> FindOpenCaseReferenceAsync(string openKey, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<string?>(Command(
            $"SELECT reference FROM cancellation_case WHERE open_key = @openKey AND {OpenStatusesInIndex}",
            new { openKey }, cancellationToken));

    public void UpdateCase(CaseRecord @case, DateTimeOffset at) => Pending(
        """
        UPDATE cancellation_case SET status = $2, kind = $3, customer_id = $4, contract_id = $5, received_at = $6,
            requested_date = $7, effective_date = $8, effective_rule = $9, reason = $10, reason_text = $11, verified = $12,
            updated_at = $13, open_key = $14, first_declaration_message_id = $15
        WHERE id = $1
        """,
        @case.Id, @case.Status, @case.Kind, @case.CustomerId, @case.ContractId, @case.ReceivedAt, @case.RequestedDate,
        @case.EffectiveDate, @case.EffectiveRule, @case.Reason, @case.ReasonText, @case.Verified, at, @case.OpenKey,
        @case.FirstDeclarationMessageId);

    public void LinkMessage(long messageId, long caseId) =>
        Pending("UPDATE inbound_message SET case_id = $2 WHERE id = $1", messageId, caseId);

    public void AppendEvent(CaseEvent caseEvent) => Pending(
        PostgresCaseJournal.InsertInto + " VALUES ($1, $2, $3, $4, $5, $6::jsonb)",
        caseEvent.CaseId, caseEvent.At, caseEvent.Type, caseEvent.Actor, caseEvent.Verified, JsonSerializer.Serialize(caseEvent.Data));

    public void MarkRawPayloadAccepted(long rawPayloadId, long messageId, DateTimeOffset at) => Pending(
        "UPDATE raw_payload SET status = 'accepted', reason = NULL, message_id = $2, updated_at = $3 WHERE id = $1",
        rawPayloadId, messageId, at);

    public void InsertOutbound(NewOutbound outbound, CaseEvent queued) => Pending(
        // The event only when the row was written: a case has one confirmation of a kind per channel.
        $"""
        WITH outbound AS (
            INSERT INTO outbound_message (case_id, kind, channel, recipient, language, template, subject, body, in_reply_to,
                next_attempt_at, created_at, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $10)
            ON CONFLICT (case_id, kind, channel) WHERE kind <> 'reply' AND merged_from_case_id IS NULL DO NOTHING
            RETURNING case_id)
        {PostgresCaseJournal.InsertInto}
        SELECT case_id, $11, $12, $13, $14, $15::jsonb FROM outbound
        """,
        outbound.CaseId, outbound.Kind, outbound.Channel, outbound.Recipient, outbound.Language, outbound.Template, outbound.Subject,
        outbound.Body, outbound.InReplyTo, outbound.CreatedAt,
        queued.At, queued.Type, queued.Actor, queued.Verified, JsonSerializer.Serialize(queued.Data));

    public Task<StoredMessage?> LockMessageAsync(long messageId, CancellationToken cancellationToken) =>
        StoredMessageReader.LockAsync(connection, transaction, messageId, cancellationToken);

    public void Reclassify(long messageId, IntentResult intent, Reclassification reclassification, DateTimeOffset at) => Pending(
        """
        UPDATE inbound_message SET intent = $2, kind = $3, classified_intent = coalesce(classified_intent, $4), reclassified_by = $5,
            reclassified_at = $6
        WHERE id = $1
        """, messageId, intent.Intent, intent.Kind, reclassification.From, reclassification.Actor, at);

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_unsentRaw is not null) throw new InvalidOperationException("The raw payload travels with the message insert, which did not run.");
        // The commit travels with the pending writes: one round trip. An error in any of them aborts the transaction
        // before the COMMIT runs, so nothing of it is kept.
        _pending.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        await _pending.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _pending.DisposeAsync();
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    /// <summary>A write whose answer the pipeline does not need: sent with the others in one round trip before the commit.</summary>
    private void Pending(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = Parameter(value) });
        _pending.BatchCommands.Add(command);
    }

    private static object Parameter(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset time => time.ToUniversalTime(),
        _ => value,
    };

    private CommandDefinition Command(string sql, object parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);

    private sealed record SenderCustomer(string Kind, string Value, FoundCustomer? Found);

    /// <summary>A customer with one of their open contracts, or with none (the contract's columns null).</summary>
    private sealed record CustomerContractRow(long CustomerId, string? Email, string? Phone, bool Verified, long? ContractId,
        string? ExternalId, string? Product, DateOnly? StartDate, DateOnly? MinimumTermEnd, string? NoticePeriod, string? Renewal,
        string? TimeZone, DateOnly? ConcludedOn);
}
