using System.Text.Json;
using Intake.Channels.Twitter.Mapping;

namespace Intake.Channels.Twitter.Webhooks;

/// <summary>Reads Account Activity API webhook envelopes: tweet_create_events and direct_message_events.</summary>
internal sealed class AccountActivityEnvelopeReader : IXEnvelopeReader
{
    public bool Recognises(JsonElement root) => root.ValueKind == JsonValueKind.Object && root.TryGetProperty("for_user_id", out _);

    public IReadOnlyList<XEvent> Events(JsonElement root)
    {
        var events = new List<XEvent>();
        var forUser = XMessages.String(root, "for_user_id");
        if (root.TryGetProperty("tweet_create_events", out var tweets) && tweets.ValueKind == JsonValueKind.Array)
        {
            foreach (var tweet in tweets.EnumerateArray())
            {
                var user = XMessages.Object(tweet, "user");
                var author = user is { } u ? XMessages.String(u, "id_str") ?? XMessages.String(u, "id") : null;
                var id = XMessages.String(tweet, "id_str") ?? XMessages.String(tweet, "id");
                events.Add(new XEvent(id ?? "", author ?? "", XPayloadFormats.AccountActivity, Envelope(forUser, "tweet_create_events", tweet, null)));
            }
        }
        if (root.TryGetProperty("direct_message_events", out var dms) && dms.ValueKind == JsonValueKind.Array)
        {
            var users = XMessages.Object(root, "users");
            foreach (var dm in dms.EnumerateArray())
            {
                if (XMessages.String(dm, "type") != "message_create") continue;
                var sender = XMessages.Object(dm, "message_create") is { } create ? XMessages.String(create, "sender_id") : null;
                var senderUser = users is { } map && sender is not null && XMessages.Object(map, sender) is { } found ? found : (JsonElement?)null;
                events.Add(new XEvent(XMessages.String(dm, "id") ?? "", sender ?? "", XPayloadFormats.AccountActivity,
                    Envelope(forUser, "direct_message_events", dm, sender is null ? null : (sender, senderUser))));
            }
        }
        return events;
    }

    // One event per stored payload, still in the provider's own envelope shape and with the event's JSON as sent.
    private static byte[] Envelope(string? forUser, string arrayName, JsonElement item, (string Id, JsonElement? User)? sender)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            if (forUser is not null) writer.WriteString("for_user_id", forUser);
            writer.WritePropertyName(arrayName);
            writer.WriteStartArray();
            writer.WriteRawValue(item.GetRawText(), skipInputValidation: true);
            writer.WriteEndArray();
            if (sender is { User: { } user } s)
            {
                writer.WritePropertyName("users");
                writer.WriteStartObject();
                writer.WritePropertyName(s.Id);
                writer.WriteRawValue(user.GetRawText(), skipInputValidation: true);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        return stream.ToArray();
    }
}
