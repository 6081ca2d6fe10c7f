using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Intake.Channels.Twitter.Api;

/// <summary>
/// The X API v2 calls Intake makes, on a typed HttpClient: mentions (app-only bearer when configured), DM events
/// and every write in OAuth 1.0a user context. A rate-limited endpoint is not called again before its reset.
/// </summary>
internal sealed class XApiClient(IHttpClientFactory httpClients, IOptions<XOptions> options, XRateLimitGate gate, TimeProvider time)
{
    /// <summary>The named client (with its resilience pipeline) this singleton takes a fresh HttpClient from per call.</summary>
    public const string HttpClientName = "x-api";

    private const string TweetFields = "tweet.fields=id,text,author_id,created_at,conversation_id,in_reply_to_user_id,referenced_tweets,entities";
    private const string UserFields = "user.fields=id,name,username";
    private const string DmFields = "dm_event.fields=id,text,event_type,created_at,sender_id,dm_conversation_id,participant_ids";
    private XOptions Options => options.Value;

    public Task<XApiResponse> GetMentionsAsync(string? sinceId, string? paginationToken, CancellationToken cancellationToken)
    {
        var query = $"max_results=100&expansions=author_id&{TweetFields}&{UserFields}" +
                    (sinceId is null ? "" : "&since_id=" + Uri.EscapeDataString(sinceId)) +
                    (paginationToken is null ? "" : "&pagination_token=" + Uri.EscapeDataString(paginationToken));
        var appOnly = !string.IsNullOrWhiteSpace(Options.BearerToken);
        return SendAsync("mentions", HttpMethod.Get, $"2/users/{Uri.EscapeDataString(Options.AccountId)}/mentions?{query}", null, appOnly, cancellationToken);
    }

    /// <summary>DM events, newest first; DM reads need user context (X refuses app-only tokens here).</summary>
    public Task<XApiResponse> GetDmEventsAsync(string? paginationToken, CancellationToken cancellationToken)
    {
        var query = $"max_results=100&event_types=MessageCreate&expansions=sender_id&{DmFields}&{UserFields}" +
                    (paginationToken is null ? "" : "&pagination_token=" + Uri.EscapeDataString(paginationToken));
        return SendAsync("dm-events", HttpMethod.Get, $"2/dm_events?{query}", null, false, cancellationToken);
    }

    public Task<XApiResponse> SendDirectMessageAsync(string participantId, string text, CancellationToken cancellationToken) =>
        SendAsync("dm-write", HttpMethod.Post, $"2/dm_conversations/with/{Uri.EscapeDataString(participantId)}/messages",
            new { text }, false, cancellationToken);

    public Task<XApiResponse> PostReplyAsync(string inReplyToTweetId, string text, CancellationToken cancellationToken) =>
        SendAsync("tweet-write", HttpMethod.Post, "2/tweets",
            new { text, reply = new { in_reply_to_tweet_id = inReplyToTweetId } }, false, cancellationToken);

    private async Task<XApiResponse> SendAsync(string endpoint, HttpMethod method, string relative, object? body, bool appOnly, CancellationToken cancellationToken)
    {
        if (gate.BlockedUntil(endpoint) is { } until) return XApiResponse.Held(until);
        var url = new Uri(new Uri(Options.BaseUrl.TrimEnd('/') + "/"), relative);
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
            request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        request.Headers.Authorization = appOnly
            ? new AuthenticationHeaderValue("Bearer", Options.BearerToken)
            : AuthenticationHeaderValue.Parse(UserContext().AuthorizationHeader(method.Method, url, [],
                Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), time.GetUtcNow().ToUnixTimeSeconds()));

        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var headers = response.Headers
            .Where(h => h.Key.StartsWith("x-rate-limit-", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.First(), StringComparer.Ordinal);
        var status = (int)response.StatusCode;
        gate.Observe(endpoint, status, headers);
        return new XApiResponse(status, text, status == 429 ? gate.BlockedUntil(endpoint) : null);
    }

    private OAuth1Signer UserContext() =>
        new(Options.ConsumerKey, Options.ConsumerSecret, Options.AccessToken, Options.AccessTokenSecret);
}
