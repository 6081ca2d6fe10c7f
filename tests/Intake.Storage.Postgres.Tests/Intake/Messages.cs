using System.Text;
using Intake.Core.Model;
using Intake.Core.Pipeline;

namespace Intake.Storage.Postgres.Tests.Intake;

/// <summary>Inbound messages as the channel adapters would build them.</summary>
internal static class Messages
{
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static InboundMessage Api(string id, string from, string text, DateTimeOffset? at = null, string channel = Channels.Api) => new()
    {
        Channel = channel,
        ProviderMessageId = id,
        ReceivedAt = at ?? Monday,
        SenderAddress = from,
        Text = text,
    };

    public static RawPayload Raw(InboundMessage message) =>
        new(message.Channel, message.ProviderMessageId, "text/plain", Encoding.UTF8.GetBytes(message.Text), message.ReceivedAt);
}
