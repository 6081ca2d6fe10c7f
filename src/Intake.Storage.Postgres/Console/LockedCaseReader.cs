using Dapper;
using Intake.Core.Console;
using Intake.Core.EffectiveDates;
using Intake.Core.Languages;
using Npgsql;

namespace Intake.Storage.Postgres.Console;

/// <summary>Reads a case FOR UPDATE with its contract terms, customer contact and latest message.</summary>
internal static class LockedCaseReader
{
    /// <summary>The inbound_message columns a <see cref="CaseMessage"/> is read from.</summary>
    public const string MessageColumns = "id, channel, received_at, sender_address, display_name, subject, body_text, intent, kind, confidence, thread_reference";

    public static async Task<LockedCase?> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string reference, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            """
            SELECT c.id, c.reference, c.status, c.kind, c.customer_id, c.contract_id, c.open_key, c.received_at, c.requested_date,
                   c.effective_date, c.effective_rule, c.verified, c.language, c.why_token, c.reason, k.product, k.start_date,
                   k.minimum_term_end, k.notice_period, k.renewal, k.time_zone, k.concluded_on, cu.email AS customer_email, cu.phone AS customer_phone,
                   c.first_declaration_message_id
            FROM cancellation_case c LEFT JOIN contract k ON k.id = c.contract_id LEFT JOIN customer cu ON cu.id = c.customer_id
            WHERE c.reference = @reference
            FOR UPDATE OF c
            """, new { reference }, transaction, cancellationToken: cancellationToken));
        if (row is null) return null;
        var messages = (await connection.QueryAsync<CaseMessage>(new CommandDefinition(
            $"SELECT {MessageColumns} FROM inbound_message WHERE case_id = @Id ORDER BY received_at, id", new { row.Id }, transaction, cancellationToken: cancellationToken))).ToList();
        return new LockedCase
        {
            Id = row.Id, Reference = row.Reference, Status = row.Status, Kind = row.Kind, CustomerId = row.CustomerId,
            ContractId = row.ContractId, OpenKey = row.OpenKey ?? "", ReceivedAt = row.ReceivedAt, RequestedDate = row.RequestedDate,
            EffectiveDate = row.EffectiveDate, EffectiveRule = row.EffectiveRule, Verified = row.Verified, Language = row.Language,
            WhyToken = row.WhyToken, Reason = row.Reason, Product = row.Product, CustomerEmail = row.CustomerEmail, CustomerPhone = row.CustomerPhone,
            Terms = row.StartDate is { } start ? new ContractTerms(start, row.MinimumTermEnd, row.NoticePeriod!, row.Renewal!, row.TimeZone!, row.ConcludedOn) : null,
            LatestMessage = messages.Count > 0 ? messages[^1] : null, Messages = messages, FirstDeclarationMessageId = row.FirstDeclarationMessageId,
        };
    }

    private sealed record Row
    {
        public long Id { get; init; }
        public string Reference { get; init; } = "";
        public string Status { get; init; } = "";
        public string? Kind { get; init; }
        public long? CustomerId { get; init; }
        public long? ContractId { get; init; }
        public string? OpenKey { get; init; }
        public DateTimeOffset ReceivedAt { get; init; }
        public DateOnly? RequestedDate { get; init; }
        public DateOnly? EffectiveDate { get; init; }
        public string? EffectiveRule { get; init; }
        public bool Verified { get; init; }
        public string Language { get; init; } = SupportedLanguages.Default;
        public string WhyToken { get; init; } = "";
        public string? Reason { get; init; }
        public string? Product { get; init; }
        public DateOnly? StartDate { get; init; }
        public DateOnly? MinimumTermEnd { get; init; }
        public string? NoticePeriod { get; init; }
        public string? Renewal { get; init; }
        public DateOnly? ConcludedOn { get; init; }
        public string? TimeZone { get; init; }
        public string? CustomerEmail { get; init; }
        public string? CustomerPhone { get; init; }
        public long? FirstDeclarationMessageId { get; init; }
    }
}
