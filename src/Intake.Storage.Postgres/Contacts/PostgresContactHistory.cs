using Dapper;
using Intake.Core.Contacts;
using Npgsql;

namespace Intake.Storage.Postgres.Contacts;

/// <summary>When a customer last wrote from an address on a channel, read from inbound_message.</summary>
public sealed class PostgresContactHistory(NpgsqlDataSource dataSource) : IContactHistory
{
    public async Task<DateTimeOffset?> LastInboundAsync(string channel, string address, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var last = await connection.ExecuteScalarAsync<DateTime?>(new CommandDefinition(
            "SELECT max(received_at) FROM inbound_message WHERE channel = @channel AND sender_address = @address",
            new { channel, address }, cancellationToken: cancellationToken));
        return last is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null;
    }
}
