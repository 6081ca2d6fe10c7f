using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Intake.Testing.X;

/// <summary>
/// An in-process fake of the X API v2 on 127.0.0.1 (mentions, dm_events with pagination, DM and tweet writes,
/// rate-limit headers, 429s and DMs closed with 403), speaking the documented JSON shapes.
/// </summary>
public sealed class FakeXApi : IAsyncDisposable
{
    public const string AccountId = "1500000000000000001";
    private WebApplication? _app;
    private readonly ConcurrentQueue<(string Route, int Status, long Reset)> _failures = new();
    private long _nextId = 1_900_000_000_000_000_000;

    public List<JsonObject> Mentions { get; } = [];
    public List<JsonObject> DmEvents { get; } = [];
    public List<JsonObject> Users { get; } = [];
    public ConcurrentQueue<(string ParticipantId, string Text, string Authorization)> SentDms { get; } = new();
    public ConcurrentQueue<(string InReplyTo, string Text, string Authorization)> Posts { get; } = new();
    public ConcurrentDictionary<string, int> Calls { get; } = new(StringComparer.Ordinal);
    /// <summary>The Authorization header of the last read per route, to check app-only versus user context.</summary>
    public ConcurrentDictionary<string, string> ReadAuthorizations { get; } = new(StringComparer.Ordinal);
    public HashSet<string> DmsClosed { get; } = [];
    /// <summary>Items per page of mentions and dm_events (X's is max_results; small here to exercise pagination).</summary>
    public int PageSize { get; set; } = 2;
    public string BaseUrl { get; private set; } = "";

    private FakeXApi() { }

    public static async Task<FakeXApi> StartAsync()
    {
        var fake = new FakeXApi();
        (fake._app, fake.BaseUrl) = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/2/users/{id}/mentions", (HttpContext c, string id) => fake.List(c, "mentions", fake.Mentions, c.Request.Query["since_id"]));
            app.MapGet("/2/dm_events", (HttpContext c) => fake.List(c, "dm_events", fake.DmEvents, default));
            app.MapPost("/2/dm_conversations/with/{id}/messages", (HttpContext c, string id) => fake.SendDmAsync(c, id));
            app.MapPost("/2/tweets", (Delegate)((HttpContext c) => fake.PostAsync(c)));
        });
        return fake;
    }

    public string NewId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A short rate limit for tests that wait it out: the reset is in whole epoch seconds (so up to 1 s earlier), and
    /// the calls made "while limited" must finish before it on a loaded machine.
    /// </summary>
    public const int ShortLimitSeconds = 6;

    /// <summary>The next <paramref name="times"/> calls of <paramref name="route"/> get <paramref name="status"/>, with x-rate-limit-reset <paramref name="resetInSeconds"/> ahead.</summary>
    public void FailNext(string route, int status, int times = 1, int resetInSeconds = 60)
    {
        for (var i = 0; i < times; i++) _failures.Enqueue((route, status, DateTimeOffset.UtcNow.AddSeconds(resetInSeconds).ToUnixTimeSeconds()));
    }

    public string AddUser(string username)
    {
        var id = NewId();
        Users.Add(new JsonObject { ["id"] = id, ["name"] = username + " name", ["username"] = username });
        return id;
    }

    public string AddMention(string authorId, string text, string? retweetOf = null)
    {
        var id = NewId();
        var tweet = new JsonObject
        {
            ["id"] = id, ["text"] = text, ["author_id"] = authorId, ["created_at"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            ["conversation_id"] = id, ["edit_history_tweet_ids"] = new JsonArray(id),
        };
        if (retweetOf is not null) tweet["referenced_tweets"] = new JsonArray(new JsonObject { ["type"] = "retweeted", ["id"] = retweetOf });
        lock (Mentions) Mentions.Insert(0, tweet);
        return id;
    }

    public string AddDm(string senderId, string text, string? conversationWith = null)
    {
        var id = NewId();
        var other = conversationWith ?? senderId;
        lock (DmEvents) DmEvents.Insert(0, new JsonObject
        {
            ["id"] = id, ["event_type"] = "MessageCreate", ["text"] = text, ["sender_id"] = senderId,
            ["dm_conversation_id"] = $"{other}-{AccountId}", ["created_at"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        });
        return id;
    }

    private bool Failing(HttpContext context, string route, out IResult result)
    {
        Calls.AddOrUpdate(route, 1, (_, n) => n + 1);
        if (_failures.TryPeek(out var failure) && failure.Route == route && _failures.TryDequeue(out failure))
        {
            context.Response.Headers["x-rate-limit-limit"] = "300";
            context.Response.Headers["x-rate-limit-remaining"] = "0";
            context.Response.Headers["x-rate-limit-reset"] = failure.Reset.ToString(CultureInfo.InvariantCulture);
            result = Results.Json(new { title = failure.Status == 429 ? "Too Many Requests" : "Error", status = failure.Status, type = "about:blank" }, statusCode: failure.Status);
            return true;
        }
        context.Response.Headers["x-rate-limit-remaining"] = "299";
        context.Response.Headers["x-rate-limit-reset"] = DateTimeOffset.UtcNow.AddMinutes(15).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        result = Results.Empty;
        return false;
    }

    private IResult List(HttpContext context, string route, List<JsonObject> items, string? sinceId)
    {
        if (Failing(context, route, out var failed)) return failed;
        var auth = context.Request.Headers.Authorization.ToString();
        ReadAuthorizations[route] = auth;
        if (route == "dm_events" && !auth.StartsWith("OAuth ", StringComparison.Ordinal))
            return Results.Json(new { title = "Unsupported Authentication", type = "https://api.twitter.com/2/problems/unsupported-authentication", status = 403 }, statusCode: 403);
        if (!auth.StartsWith("OAuth ", StringComparison.Ordinal) && !auth.StartsWith("Bearer ", StringComparison.Ordinal)) return Results.Unauthorized();
        List<JsonObject> all;
        lock (items) all = [.. items.Where(i => string.IsNullOrEmpty(sinceId) || Compare((string)i["id"]!, sinceId!) > 0)];
        var start = int.TryParse(context.Request.Query["pagination_token"], CultureInfo.InvariantCulture, out var s) ? s : 0;
        var page = all.Skip(start).Take(PageSize).ToList();
        if (page.Count == 0) return Results.Json(new { meta = new { result_count = 0 } });
        var authors = page.Select(p => (string?)p["author_id"] ?? (string?)p["sender_id"]).ToHashSet();
        var meta = new JsonObject { ["result_count"] = page.Count, ["newest_id"] = (string)page[0]["id"]!, ["oldest_id"] = (string)page[^1]["id"]! };
        if (start + PageSize < all.Count) meta["next_token"] = (start + PageSize).ToString(CultureInfo.InvariantCulture);
        var body = new JsonObject
        {
            ["data"] = new JsonArray([.. page.Select(p => p.DeepClone())]),
            ["includes"] = new JsonObject { ["users"] = new JsonArray([.. Users.Where(u => authors.Contains((string)u["id"]!)).Select(u => u.DeepClone())]) },
            ["meta"] = meta,
        };
        return Results.Content(body.ToJsonString(), "application/json");
    }

    private async Task<IResult> SendDmAsync(HttpContext context, string participantId)
    {
        if (Failing(context, "dm_write", out var failed)) return failed;
        var auth = context.Request.Headers.Authorization.ToString();
        if (!auth.StartsWith("OAuth ", StringComparison.Ordinal)) return Results.Unauthorized();
        if (DmsClosed.Contains(participantId))
            return Results.Json(new { detail = "You are not permitted to send this user a Direct Message.", type = "about:blank", title = "Forbidden", status = 403 }, statusCode: 403);
        var text = (await JsonDocument.ParseAsync(context.Request.Body)).RootElement.GetProperty("text").GetString()!;
        SentDms.Enqueue((participantId, text, auth));
        // X echoes our own DM into dm_events (and to the webhook): the channel must not take it as input.
        var id = AddDm(AccountId, text, participantId);
        return Results.Json(new { data = new { dm_conversation_id = $"{participantId}-{AccountId}", dm_event_id = id } }, statusCode: 201);
    }

    private async Task<IResult> PostAsync(HttpContext context)
    {
        if (Failing(context, "tweets", out var failed)) return failed;
        var auth = context.Request.Headers.Authorization.ToString();
        if (!auth.StartsWith("OAuth ", StringComparison.Ordinal)) return Results.Unauthorized();
        var root = (await JsonDocument.ParseAsync(context.Request.Body)).RootElement;
        var inReplyTo = root.GetProperty("reply").GetProperty("in_reply_to_tweet_id").GetString()!;
        var text = root.GetProperty("text").GetString()!;
        Posts.Enqueue((inReplyTo, text, auth));
        return Results.Json(new { data = new { id = NewId(), text, edit_history_tweet_ids = Array.Empty<string>() } }, statusCode: 201);
    }

    private static int Compare(string a, string b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);

    public async ValueTask DisposeAsync()
    {
        if (_app is null) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
