using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Intake.Channels.Email.Configuration;

namespace Intake.Channels.Email.Auth;

/// <summary>Gets and caches OAuth 2.0 access tokens from a mailbox's token endpoint; refreshes them before they expire.</summary>
internal sealed class OAuthTokenSource(HttpClient http, TimeProvider time)
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, CachedToken> _tokens = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>A valid access token; <paramref name="forceRefresh"/> after the server refused the cached one.</summary>
    public async Task<string> GetAccessTokenAsync(OAuthOptions options, bool forceRefresh, CancellationToken cancellationToken)
    {
        var key = options.TokenEndpoint + "|" + options.ClientId + "|" + options.Scope;
        if (!forceRefresh && _tokens.TryGetValue(key, out var cached) && cached.ExpiresAt - Margin > time.GetUtcNow())
            return cached.AccessToken;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!forceRefresh && _tokens.TryGetValue(key, out cached) && cached.ExpiresAt - Margin > time.GetUtcNow())
                return cached.AccessToken;
            // A rotated refresh token replaces the configured one for as long as this process lives.
            var refreshToken = _tokens.TryGetValue(key, out var previous) ? previous.RefreshToken : options.RefreshToken;
            var fresh = await RequestAsync(options, refreshToken, cancellationToken);
            _tokens[key] = fresh;
            return fresh.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<CachedToken> RequestAsync(OAuthOptions options, string? refreshToken, CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string> { ["client_id"] = options.ClientId };
        if (options.ClientSecret is { Length: > 0 } secret) form["client_secret"] = secret;
        if (options.Scope is { Length: > 0 } scope) form["scope"] = scope;
        if (refreshToken is { Length: > 0 })
        {
            form["grant_type"] = "refresh_token";
            form["refresh_token"] = refreshToken;
        }
        else
        {
            form["grant_type"] = "client_credentials";
        }
        using var response = await http.PostAsync(new Uri(options.TokenEndpoint), new FormUrlEncodedContent(form), cancellationToken);
        if (!response.IsSuccessStatusCode)
            // The body may echo secrets: only the status goes into the message.
            throw new MailKit.Security.AuthenticationException($"token endpoint answered {(int)response.StatusCode}");
        var body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
            ?? throw new MailKit.Security.AuthenticationException("token endpoint answered without a body");
        if (string.IsNullOrEmpty(body.AccessToken)) throw new MailKit.Security.AuthenticationException("token endpoint answered without access_token");
        var lifetime = TimeSpan.FromSeconds(body.ExpiresIn is > 0 ? body.ExpiresIn.Value : 3600);
        return new CachedToken(body.AccessToken, body.RefreshToken ?? refreshToken, time.GetUtcNow() + lifetime);
    }

    private sealed record CachedToken(string AccessToken, string? RefreshToken, DateTimeOffset ExpiresAt);

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken,
        [property: JsonPropertyName("expires_in")] int? ExpiresIn);
}
