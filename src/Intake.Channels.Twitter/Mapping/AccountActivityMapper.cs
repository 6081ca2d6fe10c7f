using System.Globalization;
using System.Text.Json;
using Intake.Core.Model;

namespace Intake.Channels.Twitter.Mapping;

/// <summary>Maps a stored one-event Account Activity API envelope (v1.1 tweet or DM event) to a message.</summary>
internal static class AccountActivityMapper
{
    public static InboundMessage Map(byte[] body, DateTimeOffset receivedAt) => XMessages.Read(body, root =>
    {
        if (root.TryGetProperty("tweet_create_events", out var tweets) && tweets.ValueKind == JsonValueKind.Array && tweets.GetArrayLength() == 1)
            return Tweet(tweets[0], receivedAt);
        if (root.TryGetProperty("direct_message_events", out var dms) && dms.ValueKind == JsonValueKind.Array && dms.GetArrayLength() == 1)
            return DirectMessage(dms[0], XMessages.Object(root, "users"), receivedAt);
        throw new FormatException("Account Activity envelope without exactly one tweet or DM event");
    });

    private static InboundMessage Tweet(JsonElement tweet, DateTimeOffset receivedAt)
    {
        var id = XMessages.String(tweet, "id_str") ?? XMessages.String(tweet, "id");
        var user = XMessages.Object(tweet, "user") ?? throw new FormatException("tweet without user");
        var text = XMessages.Object(tweet, "retweeted_status") is { } retweeted
            ? XTweetText.Retweet(XMessages.String(retweeted, "id_str") ?? "?")
            : XTweetText.OwnWords(FullText(tweet));
        return XMessages.Tweet(XMessages.Required(id, "tweet id"), XMessages.String(user, "id_str") ?? XMessages.String(user, "id") ?? "",
            XMessages.String(user, "screen_name"), text, XMessages.ParseLegacy(XMessages.String(tweet, "created_at")), receivedAt);
    }

    // Posts over 140 characters carry their text in extended_tweet.full_text.
    private static string FullText(JsonElement tweet) =>
        (XMessages.Object(tweet, "extended_tweet") is { } extended ? XMessages.String(extended, "full_text") : null)
        ?? XMessages.String(tweet, "full_text") ?? XMessages.String(tweet, "text") ?? throw new FormatException("tweet without text");

    private static InboundMessage DirectMessage(JsonElement dm, JsonElement? users, DateTimeOffset receivedAt)
    {
        var create = XMessages.Object(dm, "message_create") ?? throw new FormatException("DM event without message_create");
        var senderId = XMessages.Required(XMessages.String(create, "sender_id"), "sender id");
        var data = XMessages.Object(create, "message_data") ?? throw new FormatException("DM event without message_data");
        var handle = users is { } map && XMessages.Object(map, senderId) is { } sender ? XMessages.String(sender, "screen_name") : null;
        DateTimeOffset? created = long.TryParse(XMessages.String(dm, "created_timestamp"), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
        return XMessages.DirectMessage(XMessages.Required(XMessages.String(dm, "id"), "DM event id"), senderId, handle,
            XMessages.String(data, "text") ?? "", created, receivedAt);
    }
}
