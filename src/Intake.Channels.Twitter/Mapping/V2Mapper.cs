using System.Text.Json;
using Intake.Core.Model;

namespace Intake.Channels.Twitter.Mapping;

/// <summary>Maps a stored X API v2 object ({"data": ..., "includes": {"users": [...]}}) from a poll to a message.</summary>
internal static class V2Mapper
{
    public static InboundMessage MapTweet(byte[] body, DateTimeOffset receivedAt) => XMessages.Read(body, root =>
    {
        var tweet = XMessages.Object(root, "data") ?? throw new FormatException("v2 tweet without data");
        var authorId = XMessages.Required(XMessages.String(tweet, "author_id"), "author id");
        var retweeted = ReferencedId(tweet, "retweeted");
        // Long posts carry their full text in note_tweet.
        var full = (XMessages.Object(tweet, "note_tweet") is { } note ? XMessages.String(note, "text") : null) ?? XMessages.String(tweet, "text")
                   ?? throw new FormatException("v2 tweet without text");
        var text = retweeted is null ? XTweetText.OwnWords(full) : XTweetText.Retweet(retweeted);
        return XMessages.Tweet(XMessages.Required(XMessages.String(tweet, "id"), "tweet id"), authorId, Handle(root, authorId), text,
            XMessages.ParseIso(XMessages.String(tweet, "created_at")), receivedAt);
    });

    public static InboundMessage MapDirectMessage(byte[] body, DateTimeOffset receivedAt) => XMessages.Read(body, root =>
    {
        var dm = XMessages.Object(root, "data") ?? throw new FormatException("v2 DM event without data");
        var senderId = XMessages.Required(XMessages.String(dm, "sender_id"), "sender id");
        return XMessages.DirectMessage(XMessages.Required(XMessages.String(dm, "id"), "DM event id"), senderId, Handle(root, senderId),
            XMessages.String(dm, "text") ?? "", XMessages.ParseIso(XMessages.String(dm, "created_at")), receivedAt);
    });

    /// <summary>The username of <paramref name="userId"/> from includes.users, kept for display only.</summary>
    public static string? Handle(JsonElement root, string userId)
    {
        if (XMessages.Object(root, "includes") is not { } includes || !includes.TryGetProperty("users", out var users) || users.ValueKind != JsonValueKind.Array)
            return null;
        return users.EnumerateArray().Where(u => XMessages.String(u, "id") == userId).Select(u => XMessages.String(u, "username")).FirstOrDefault();
    }

    public static string? ReferencedId(JsonElement tweet, string type) =>
        tweet.TryGetProperty("referenced_tweets", out var refs) && refs.ValueKind == JsonValueKind.Array
            ? refs.EnumerateArray().Where(r => XMessages.String(r, "type") == type).Select(r => XMessages.String(r, "id")).FirstOrDefault()
            : null;
}
