using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Intake.Channels.Email.Tests.Auth;

/// <summary>
/// An OAuth 2.0 authorization server on loopback, as Microsoft 365 or Google would be: a token endpoint (refresh_token
/// grant, rotating refresh tokens) and an RFC 7662 introspection endpoint that Dovecot asks about each token.
/// </summary>
internal sealed class FakeOAuthServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, string> _active = new(StringComparer.Ordinal);
    private int _issued;

    private FakeOAuthServer(WebApplication app) => _app = app;

    public string User { get; private set; } = "";
    public string RefreshToken { get; private set; } = "refresh-0";
    public int TokenRequests => _issued;
    public List<string> Grants { get; } = [];
    public Uri BaseAddress => new(_app.Urls.First());

    public static async Task<FakeOAuthServer> StartAsync(string user)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeOAuthServer(app) { User = user };
        app.MapPost("/token", server.Token);
        app.MapMethods("/introspect", ["GET", "POST"], server.Introspect);
        await app.StartAsync();
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
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
