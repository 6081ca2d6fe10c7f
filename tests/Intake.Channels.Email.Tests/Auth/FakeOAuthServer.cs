using System.Collections.Concurrent;
using System.Globalization;
using Intake.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Intake.Channels.Email.Tests.Auth;

/// <summary>
/// An OAuth 2.0 authorization server on loopback, as Microsoft 365 or Google would be: a token endpoint (refresh_token
/// grant, rotating refresh tokens) and an RFC 7662 introspection endpoint that Dovecot asks about each token.
/// </summary>
internal sealed class FakeOAuthServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, string> _active = new(StringComparer.Ordinal);
    private int _issued;

    private WebApplication? _app;

    public string User { get; private set; } = "";
    public string RefreshToken { get; private set; } = "refresh-0";
    public int TokenRequests => _issued;
    public List<string> Grants { get; } = [];
    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<FakeOAuthServer> StartAsync(string user)
    {
        var server = new FakeOAuthServer { User = user };
        (server._app, var baseUrl) = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/token", server.Token);
            app.MapMethods("/introspect", ["GET", "POST"], server.Introspect);
        });
        server.BaseAddress = new Uri(baseUrl);
        return server;
    }

    /// <summary>Makes every token issued so far invalid, as a revocation or an early expiry does.</summary>
    public void RevokeAll() => _active.Clear();

    private async Task<IResult> Token(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        lock (Grants) Grants.Add($"{form["grant_type"]} {form["refresh_token"]} {form["client_id"]}");
        if (form["grant_type"] != "refresh_token" || form["refresh_token"] != RefreshToken || form["client_id"] != "intake")
            return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
        var n = Interlocked.Increment(ref _issued);
        var token = string.Create(CultureInfo.InvariantCulture, $"access-{n}-{Guid.NewGuid():N}");
        _active[token] = User;
        RefreshToken = string.Create(CultureInfo.InvariantCulture, $"refresh-{n}");
        return Results.Json(new { access_token = token, token_type = "Bearer", expires_in = 3600, refresh_token = RefreshToken });
    }

    private async Task<IResult> Introspect(HttpRequest request)
    {
        var token = request.HasFormContentType ? (string?)(await request.ReadFormAsync())["token"] : null;
        token ??= request.Query["token"];
        if (token is null && request.Headers.Authorization.ToString() is { Length: > 7 } bearer) token = bearer[7..];
        return token is not null && _active.TryGetValue(token, out var user)
            ? Results.Json(new { active = true, username = user })
            : Results.Json(new { active = false });
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is null) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
