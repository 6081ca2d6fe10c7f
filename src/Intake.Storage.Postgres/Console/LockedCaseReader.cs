using Dapper;
using Intake.Core.Console;
using Intake.Core.EffectiveDates;
using Npgsql;

namespace Intake.Storage.Postgres.Console;

/// <summary>Reads a case FOR UPDATE with its contract terms, customer contact and latest message.</summary>
internal static class LockedCaseReader
{
    /// <summary>The inbound_message columns a <see cref="CaseMessage"/> is read from.</summary>
    public const string MessageColumns = "id, channel, received_at, sender_address, display_name, subject, body_text, intent, kind, confidence, thread_reference";

    public static async Task<LockedCase?> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string reference, CancellationToken cancellationToken)
    {
        // A contract's terms are split off at start_date: Dapper gives null terms when the case has no contract.
        var locked = (await connection.QueryAsync<LockedCase, TermsRow?, LockedCase>(new CommandDefinition(
            """
            SELECT c.id, c.reference, c.status, c.kind, c.customer_id, c.contract_id, coalesce(c.open_key, '') AS open_key, c.received_at,
                   c.first_channel, c.requested_date, c.effective_date, c.effective_rule, c.reason, c.reason_text, c.verified, c.language,
                   c.why_token, c.first_declaration_message_id, k.product, cu.email AS customer_email, cu.phone AS customer_phone,
                   k.start_date, k.minimum_term_end, k.notice_period, k.renewal, k.time_zone, k.concluded_on
            FROM cancellation_case c LEFT JOIN contract k ON k.id = c.contract_id LEFT JOIN customer cu ON cu.id = c.customer_id
            WHERE c.reference = @reference
            FOR UPDATE OF c
            """, new { reference }, transaction, cancellationToken: cancellationToken),
            (@case, terms) => @case with { Terms = terms?.ToTerms() }, splitOn: "start_date")).SingleOrDefault();
        if (locked is null) return null;
        var messages = (await connection.QueryAsync<CaseMessage>(new CommandDefinition(
            $"SELECT {MessageColumns} FROM inbound_message WHERE case_id = @Id ORDER BY received_at, id", new { locked.Id }, transaction, cancellationToken: cancellationToken))).ToList();
        return locked with { LatestMessage = messages.Count > 0 ? messages[^1] : null, Messages = messages };
    }

    private sealed record TermsRow
    {
        public DateOnly StartDate { get; init; }
        public DateOnly? MinimumTermEnd { get; init; }
        public string NoticePeriod { get; init; } = "";
        public string Renewal { get; init; } = "";
        public string TimeZone { get; init; } = "";
        public DateOnly? ConcludedOn { get; init; }

        public ContractTerms ToTerms() => new(StartDate, MinimumTermEnd, NoticePeriod, Renewal, TimeZone, ConcludedOn);
    }
}
