using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Intake.Testing.X;

/// <summary>Account Activity API webhook deliveries, shaped like X's own (v1.1 tweet objects and DM events), and their signature.</summary>
public static class AccountActivityPayloads
{
    public static string Mention(string forUserId, string tweetId, string userId, string screenName, string text) => new JsonObject
    {
        ["for_user_id"] = forUserId,
        ["tweet_create_events"] = new JsonArray(new JsonObject
        {
            ["created_at"] = DateTimeOffset.UtcNow.ToString("ddd MMM dd HH:mm:ss +0000 yyyy", CultureInfo.InvariantCulture),
            ["id"] = long.Parse(tweetId, CultureInfo.InvariantCulture),
            ["id_str"] = tweetId,
            ["text"] = text,
            ["display_text_range"] = new JsonArray(0, text.Length),
            ["source"] = "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
            ["truncated"] = false,
            ["in_reply_to_status_id"] = null,
            ["in_reply_to_status_id_str"] = null,
            ["in_reply_to_user_id_str"] = null,
            ["user"] = new JsonObject
            {
                ["id"] = long.Parse(userId, CultureInfo.InvariantCulture), ["id_str"] = userId, ["name"] = screenName + " name",
                ["screen_name"] = screenName, ["protected"] = false, ["verified"] = false, ["followers_count"] = 12,
            },
            ["is_quote_status"] = false,
            ["entities"] = new JsonObject { ["hashtags"] = new JsonArray(), ["urls"] = new JsonArray(), ["user_mentions"] = new JsonArray() },
            ["lang"] = "nl",
            ["timestamp_ms"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        }),
    }.ToJsonString();

    public static string DirectMessage(string forUserId, string eventId, string senderId, string screenName, string text) => new JsonObject
    {
        ["for_user_id"] = forUserId,
        ["direct_message_events"] = new JsonArray(new JsonObject
        {
            ["type"] = "message_create",
            ["id"] = eventId,
            ["created_timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            ["message_create"] = new JsonObject
            {
                ["target"] = new JsonObject { ["recipient_id"] = senderId == forUserId ? "3001" : forUserId },
                ["sender_id"] = senderId,
                ["message_data"] = new JsonObject
                {
                    ["text"] = text,
                    ["entities"] = new JsonObject { ["hashtags"] = new JsonArray(), ["symbols"] = new JsonArray(), ["user_mentions"] = new JsonArray(), ["urls"] = new JsonArray() },
                },
            },
        }),
        ["users"] = new JsonObject
        {
            [senderId] = new JsonObject
            {
                ["id"] = senderId, ["created_timestamp"] = "1422556069340", ["name"] = screenName + " name", ["screen_name"] = screenName,
                ["protected"] = false, ["verified"] = false, ["followers_count"] = 1, ["friends_count"] = 1, ["statuses_count"] = 1,
            },
        },
    }.ToJsonString();

    /// <summary>The x-twitter-webhooks-signature X puts on a delivery.</summary>
    public static string Sign(string consumerSecret, string body) =>
        "sha256=" + Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(consumerSecret), Encoding.UTF8.GetBytes(body)));
}
