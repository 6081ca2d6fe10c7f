using Dapper;
using Intake.Core.Why;
using Intake.Storage.Postgres.Cases;
using Npgsql;

namespace Intake.Storage.Postgres.Why;

/// <summary>Answers to the "why are you leaving?" page, stored on the case with an audit event.</summary>
public sealed class PostgresWhyAnswers(NpgsqlDataSource dataSource) : IWhyAnswers
{
    static PostgresWhyAnswers() => DapperTypes.Register();

    public async Task<WhyQuestion?> FindAsync(string token, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<WhyQuestion>(new CommandDefinition(
            "SELECT reference, language, reason FROM cancellation_case WHERE why_token = @token",
            new { token }, cancellationToken: cancellationToken));
    }

    public async Task<bool> RecordAsync(string token, string reasonCode, string? text, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var updated = await connection.QuerySingleOrDefaultAsync<UpdatedCase>(new CommandDefinition(
            """
            UPDATE cancellation_case SET reason = @reasonCode, reason_text = @text, updated_at = @at
            WHERE why_token = @token
            RETURNING id, verified
            """, new { token, reasonCode, text, at }, transaction, cancellationToken: cancellationToken));
        if (updated is null) return false;
        // Only the code goes into the audit: the free text may hold personal data and stays on the case.
        await PostgresCaseJournal.AppendAsync(connection, transaction, updated.Id, updated.Verified, at, "reason_recorded", "customer",
            new { reason = reasonCode }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private sealed record UpdatedCase(long Id, bool Verified);
}
