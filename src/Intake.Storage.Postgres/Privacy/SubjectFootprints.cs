using Dapper;
using Intake.Core.Identity;
using Intake.Core.Privacy;
using Npgsql;

namespace Intake.Storage.Postgres.Privacy;

/// <summary>
/// Finds a subject's footprint inside the caller's transaction. An account number finds the customer; an address
/// finds the one customer it is linked to, or (linked to none) just what that address sent and received.
/// </summary>
internal static class SubjectFootprints
{
    // Shorter terms would match unrelated bytes when raw payloads that never became a message are searched.
    private const int ShortestSearchTerm = 5;

    public static async Task<(SubjectOutcome Outcome, SubjectFootprint? Footprint)> FindAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, PrivacySubject subject, bool lockCustomer, CancellationToken cancellationToken)
    {
        // import-customers stores account numbers upper-case, so the unique index serves the lookup.
        var customers = await QueryAsync<long>(connection, transaction, subject.AccountNumber is not null
            ? "SELECT id FROM customer WHERE account_number = upper(@AccountNumber)"
            : """
              SELECT customer_id FROM identity_link WHERE kind <> 'account' AND value = @Address
              UNION SELECT id FROM customer WHERE lower(email) = @Address OR phone = @Address OR x_user_id = @Address
              """, subject, cancellationToken);
        if (customers.Length > 1) return (SubjectOutcome.Ambiguous, null);
        long? customerId = customers.Length == 1 ? customers[0] : null;
        if (customerId is null && subject.Address is null) return (SubjectOutcome.Unknown, null);
        if (customerId is { } locked && lockCustomer)
            await QueryAsync<long>(connection, transaction, "SELECT id FROM customer WHERE id = @locked FOR UPDATE", new { locked }, cancellationToken);

        var known = await QueryAsync<KnownAs>(connection, transaction,
            """
            SELECT kind, value FROM identity_link WHERE customer_id = @customerId
            UNION SELECT t.kind, t.value FROM customer c,
                LATERAL (VALUES ('account', c.account_number), ('email', lower(c.email)), ('phone', c.phone), ('x', c.x_user_id)) AS t (kind, value)
            WHERE c.id = @customerId AND t.value IS NOT NULL
            """, new { customerId }, cancellationToken);
        var addresses = known.Where(k => k.Kind != IdentityKinds.Account).Select(k => k.Value)
            .Append(subject.Address).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var terms = addresses.Concat(known.Where(k => k.Kind == IdentityKinds.Account).Select(k => k.Value)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

        var rows = new { customerId, addresses, recipients = addresses.SelectMany(a => new[] { a, "whatsapp:" + a }).ToArray() };
        var caseIds = await QueryAsync<long>(connection, transaction,
            """
            SELECT id FROM cancellation_case WHERE customer_id = @customerId
            UNION SELECT m.case_id FROM inbound_message m JOIN cancellation_case c ON c.id = m.case_id
            WHERE m.sender_address = ANY(@addresses) AND c.customer_id IS NULL
            """, rows, cancellationToken);
        var messageIds = await QueryAsync<long>(connection, transaction,
            "SELECT id FROM inbound_message WHERE case_id = ANY(@caseIds) UNION SELECT id FROM inbound_message WHERE sender_address = ANY(@addresses)",
            new { caseIds, addresses }, cancellationToken);
        var outboundIds = await QueryAsync<long>(connection, transaction,
            """
            SELECT id FROM outbound_message WHERE case_id = ANY(@caseIds)
            UNION SELECT id FROM outbound_message
            WHERE case_id IN (SELECT case_id FROM inbound_message WHERE id = ANY(@messageIds)) AND lower(recipient) = ANY(@recipients)
            """, new { caseIds, messageIds, rows.recipients }, cancellationToken);
        var rawPayloadIds = await QueryAsync<long>(connection, transaction,
            """
            SELECT raw_payload_id FROM inbound_message WHERE id = ANY(@messageIds) AND raw_payload_id IS NOT NULL
            UNION SELECT id FROM raw_payload WHERE message_id = ANY(@messageIds)
            UNION SELECT id FROM raw_payload
            WHERE status <> 'accepted' AND purged_at IS NULL
              AND EXISTS (SELECT 1 FROM unnest(@patterns::text[]) p WHERE strpos(lower(encode(body, 'escape')), p) > 0)
            """, new { messageIds, patterns = SearchPatterns(terms) }, cancellationToken);
        var callSids = await QueryAsync<string>(connection, transaction,
            """
            SELECT call_sid FROM twilio_call
            WHERE caller = ANY(@addresses) OR message_id = ANY(@messageIds)
               OR case_reference IN (SELECT reference FROM cancellation_case WHERE id = ANY(@caseIds))
            """, new { addresses, messageIds, caseIds }, cancellationToken);
        var affected = await QueryAsync<long>(connection, transaction,
            """
            SELECT unnest(@caseIds::bigint[])
            UNION SELECT case_id FROM inbound_message WHERE id = ANY(@messageIds) AND case_id IS NOT NULL
            UNION SELECT case_id FROM outbound_message WHERE id = ANY(@outboundIds)
            """, new { caseIds, messageIds, outboundIds }, cancellationToken);

        var nothingHeld = customerId is null && messageIds.Length == 0 && outboundIds.Length == 0 && rawPayloadIds.Length == 0 && callSids.Length == 0
            && await QueryAsync<string>(connection, transaction, "SELECT phone FROM twilio_sms_opt_out WHERE phone = ANY(@addresses)", new { addresses }, cancellationToken) is [];
        return nothingHeld
            ? (SubjectOutcome.Unknown, null)
            : (SubjectOutcome.Done, new SubjectFootprint(customerId, addresses, terms, caseIds, messageIds, outboundIds, rawPayloadIds, callSids, affected));
    }

    /// <summary>How the terms may appear in a raw body: as typed, URL-encoded (Twilio's form posts), Dutch numbers nationally.</summary>
    private static string[] SearchPatterns(IEnumerable<string> terms) =>
        [.. terms
            .SelectMany(t => new[] { t, Uri.EscapeDataString(t), t.StartsWith("+31", StringComparison.Ordinal) ? "0" + t[3..] : t })
            .Select(t => t.ToLowerInvariant())
            .Where(t => t.Length >= ShortestSearchTerm)
            .Distinct(StringComparer.Ordinal)];

    private static async Task<T[]> QueryAsync<T>(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, object parameters,
        CancellationToken cancellationToken) =>
        [.. await connection.QueryAsync<T>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken))];

    private sealed record KnownAs(string Kind, string Value);
}
