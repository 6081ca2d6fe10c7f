using System.Globalization;
using System.Text.Json;
using Intake.Core.Identity;
using Intake.Core.Model;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Channels.Twitter.Mapping;

/// <summary>Builds the InboundMessage of a mention or DM, whichever envelope it came in.</summary>
internal static class XMessages
{
    /// <summary>A public post mentioning us: the reply threads under it (ThreadReference = tweet id).</summary>
    public static InboundMessage Tweet(string id, string authorId, string? handle, string text, DateTimeOffset? createdAt, DateTimeOffset receivedAt) =>
        Message(Required(id, "tweet id"), Required(authorId, "author id"), handle, text, createdAt, receivedAt, threadReference: id);

    /// <summary>A direct message: the reply goes back by DM only (no ThreadReference, nothing public).</summary>
    public static InboundMessage DirectMessage(string id, string senderId, string? handle, string text, DateTimeOffset? createdAt, DateTimeOffset receivedAt) =>
        Message(Required(id, "DM event id"), Required(senderId, "sender id"), handle, text, createdAt, receivedAt, threadReference: null);

    // Identity is the numeric user id (handles change); the handle is kept for display only.
    private static InboundMessage Message(string id, string userId, string? handle, string text, DateTimeOffset? createdAt, DateTimeOffset receivedAt, string? threadReference) => new()
    {
        Channel = ChannelValues.X,
        ProviderMessageId = id,
        ReceivedAt = Earliest(createdAt, receivedAt),
        SenderAddress = SenderAddress.Normalise(userId),
        DisplayName = handle is null ? null : "@" + handle,
        Text = text,
        ThreadReference = threadReference,
    };

    /// <summary>Parses stored JSON; anything unreadable becomes a FormatException, so the payload is quarantined.</summary>
    public static T Read<T>(byte[] body, Func<JsonElement, T> map)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return map(json.RootElement);
        }
        catch (JsonException e)
        {
            throw new FormatException($"not valid JSON: {e.Message}", e);
        }
    }

    public static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch { JsonValueKind.String => value.GetString(), JsonValueKind.Number => value.GetRawText(), _ => null }
            : null;

    public static JsonElement? Object(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    public static string Required(string? value, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw new FormatException($"X event without {what}") : value;

    // The post reached our account when X stamped it; a poll a minute later must not make the declaration later.
    private static DateTimeOffset Earliest(DateTimeOffset? createdAt, DateTimeOffset receivedAt) =>
        createdAt is { } created && created < receivedAt ? created : receivedAt;

    public static DateTimeOffset? ParseIso(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    /// <summary>v1.1 dates: "Wed Oct 10 20:19:24 +0000 2018".</summary>
    public static DateTimeOffset? ParseLegacy(string? value) =>
        DateTimeOffset.TryParseExact(value, "ddd MMM dd HH:mm:ss zzz yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null;
}
