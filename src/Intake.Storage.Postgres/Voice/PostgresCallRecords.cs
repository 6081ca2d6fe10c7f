using System.Text.Json;
using Dapper;
using Intake.Core.Voice;
using Npgsql;

namespace Intake.Storage.Postgres.Voice;

/// <summary>The twilio_call rows: the IVR steps of a call update one record until it becomes an inbound message.</summary>
public sealed class PostgresCallRecords(NpgsqlDataSource dataSource) : ICallRecords
{
    private const string Columns =
        """
        call_sid AS CallSid, caller AS Caller, language AS Language, started_at AS StartedAt, choice AS Choice,
        declared_at AS DeclaredAt, account_number AS AccountNumber, steps::text AS Steps, outcome AS Outcome,
        case_reference AS CaseReference, finished_at AS FinishedAt
        """;

    public Task<CallRecord> StepAsync(string callSid, string caller, CallStep step, CancellationToken cancellationToken) =>
        SingleAsync(
            $"""
            INSERT INTO twilio_call AS t (call_sid, caller, language, started_at, choice, declared_at, account_number, steps, updated_at)
            VALUES (@callSid, @caller, COALESCE(@language, 'nl'), @at, @choice,
                CASE WHEN @choice IN ('cancel', 'callback') THEN @at END, @account, jsonb_build_array(@json::jsonb), @at)
            ON CONFLICT (call_sid) DO UPDATE SET
                steps = CASE WHEN t.steps @> jsonb_build_array(jsonb_build_object('key', @key)) THEN t.steps
                             ELSE t.steps || jsonb_build_array(@json::jsonb) END,
                language = COALESCE(@language, t.language),
                choice = COALESCE(@choice, t.choice),
                declared_at = CASE WHEN @choice IN ('cancel', 'callback') THEN COALESCE(t.declared_at, @at) ELSE t.declared_at END,
                account_number = CASE WHEN @setAccount THEN @account ELSE t.account_number END,
                updated_at = @at
            RETURNING {Columns}
            """,
            new
            {
                callSid, caller, at = step.At.UtcDateTime, step.Key, json = JsonSerializer.Serialize(step), language = step.Language,
                choice = step.Choice, setAccount = step.SetAccount, account = step.AccountNumber,
            }, cancellationToken);

    public async Task<CallRecord?> FindAsync(string callSid, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM twilio_call WHERE call_sid = @callSid", new { callSid }, cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    public async Task FinishAsync(string callSid, string outcome, long? messageId, string? reference, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE twilio_call SET outcome = COALESCE(outcome, @outcome), message_id = COALESCE(message_id, @messageId),
                case_reference = COALESCE(case_reference, @reference), finished_at = COALESCE(finished_at, @at), updated_at = @at
            WHERE call_sid = @callSid
            """, new { callSid, outcome, messageId, reference, at = at.UtcDateTime }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<string>> ListAbandonedAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT call_sid FROM twilio_call WHERE finished_at IS NULL AND choice = 'cancel' AND updated_at < @before ORDER BY updated_at LIMIT 500",
            new { before = before.UtcDateTime }, cancellationToken: cancellationToken))];
    }

    private async Task<CallRecord> SingleAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<Row>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return row.ToRecord();
    }

    private sealed record Row(string CallSid, string Caller, string Language, DateTime StartedAt, string? Choice, DateTime? DeclaredAt,
        string? AccountNumber, string Steps, string? Outcome, string? CaseReference, DateTime? FinishedAt)
    {
        public CallRecord ToRecord() => new()
        {
            CallSid = CallSid, Caller = Caller, Language = Language, StartedAt = Utc(StartedAt), Choice = Choice,
            DeclaredAt = DeclaredAt is { } d ? Utc(d) : null, AccountNumber = AccountNumber, Steps = Steps, Outcome = Outcome,
            CaseReference = CaseReference, FinishedAt = FinishedAt is { } f ? Utc(f) : null,
        };

        private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
    }
}
