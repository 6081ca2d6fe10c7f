using System.Text.Json;
using Intake.Channels.Twitter.Mapping;

namespace Intake.Channels.Twitter.Polling;

/// <summary>One page of a v2 list (mentions, dm_events): its items as storable events, and the next page's token.</summary>
internal sealed record V2Page(IReadOnlyList<XEvent> Events, string? NextToken)
{
    /// <summary>Reads a page; each item is stored as {"data": item, "includes": {"users": [its author]}}.</summary>
    public static V2Page Read(JsonElement root, string authorField, string contentType)
    {
        var events = new List<XEvent>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in data.EnumerateArray())
            {
                if (XMessages.String(item, "event_type") is { } type && type != "MessageCreate") continue;
                var author = XMessages.String(item, authorField) ?? "";
                events.Add(new XEvent(XMessages.String(item, "id") ?? "", author, contentType, Single(item, Author(root, author))));
            }
        }
        var next = XMessages.Object(root, "meta") is { } meta ? XMessages.String(meta, "next_token") : null;
        return new V2Page(events, next);
    }

    private static JsonElement? Author(JsonElement root, string authorId) =>
        XMessages.Object(root, "includes") is { } includes && includes.TryGetProperty("users", out var users) && users.ValueKind == JsonValueKind.Array
            ? users.EnumerateArray().Where(u => XMessages.String(u, "id") == authorId).Select(u => (JsonElement?)u).FirstOrDefault()
            : null;

    private static byte[] Single(JsonElement item, JsonElement? author)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            writer.WriteRawValue(item.GetRawText(), skipInputValidation: true);
            writer.WritePropertyName("includes");
            writer.WriteStartObject();
            writer.WritePropertyName("users");
            writer.WriteStartArray();
            if (author is { } user) writer.WriteRawValue(user.GetRawText(), skipInputValidation: true);
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return stream.ToArray();
    }
}
