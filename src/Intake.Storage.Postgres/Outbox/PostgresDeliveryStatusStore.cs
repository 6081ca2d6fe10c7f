using Dapper;
using Intake.Core.Model;
using Intake.Storage.Postgres.Cases;
using Npgsql;

namespace Intake.Storage.Postgres.Outbox;

/// <summary>Applies provider status callbacks to outbox rows, in order of finality, with an audit event.</summary>
public sealed class PostgresDeliveryStatusStore(NpgsqlDataSource dataSource) : IDeliveryStatusStore
{
    static PostgresDeliveryStatusStore() => DapperTypes.Register();

    public async Task<bool> UpdateAsync(string channel, string providerId, string status, string? error, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // The case first, then its reply, as the intake pipeline locks them (the other order deadlocks with it).
        await connection.ExecuteAsync(new CommandDefinition(
            """
            SELECT 1 FROM cancellation_case
            WHERE id IN (SELECT case_id FROM outbound_message WHERE channel = @channel AND provider_id = @providerId)
            FOR UPDATE
            """, new { channel, providerId }, transaction, cancellationToken: cancellationToken));
        var row = await connection.QuerySingleOrDefaultAsync<(long Id, long CaseId, string Status, string Kind)?>(new CommandDefinition(
            "SELECT id, case_id, status, kind FROM outbound_message WHERE channel = @channel AND provider_id = @providerId FOR UPDATE",
            new { channel, providerId }, transaction, cancellationToken: cancellationToken));
        if (row is not { } found) return false;
        // Callbacks arrive out of order: a status only replaces one of lower rank.
        var changed = Rank(status) > Rank(found.Status) ? await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE outbound_message SET status = @status, last_error = COALESCE(@error, last_error), updated_at = @at WHERE id = @Id",
            new { status, error, at, found.Id }, transaction, cancellationToken: cancellationToken)) : 0;
        if (changed == 1)
            await PostgresCaseJournal.AppendAsync(connection, transaction, found.CaseId, null, at, "delivery_status", "provider",
                new { outboundId = found.Id, channel, kind = found.Kind, status }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static int Rank(string status) => status switch
    {
        OutboundStatuses.Sending => 1,
        OutboundStatuses.Sent or OutboundStatuses.DevOutbox => 2,
        OutboundStatuses.Undelivered or OutboundStatuses.Failed or OutboundStatuses.Suppressed => 3,
        OutboundStatuses.Delivered => 4,
        _ => 0,
    };
}
