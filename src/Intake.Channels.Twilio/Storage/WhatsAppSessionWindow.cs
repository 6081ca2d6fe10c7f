using Dapper;
using Npgsql;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Channels.Twilio.Storage;

/// <summary>WhatsApp's customer-care window: free text may go out within 24 hours of the customer's last message.</summary>
internal sealed class WhatsAppSessionWindow(NpgsqlDataSource dataSource)
{
    public static readonly TimeSpan Length = TimeSpan.FromHours(24);

    public async Task<DateTimeOffset?> LastInboundAsync(string phone, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var last = await connection.ExecuteScalarAsync<DateTime?>(new CommandDefinition(
            "SELECT max(received_at) FROM inbound_message WHERE channel = @channel AND sender_address = @phone",
            new { channel = ChannelValues.WhatsApp, phone }, cancellationToken: cancellationToken));
        return last is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null;
    }
}
