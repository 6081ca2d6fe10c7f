using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Intake.Testing.Twilio;

/// <summary>
/// Twilio's Messages API on a loopback port: checks Basic auth, records every request, and answers 201 with a new
/// sid unless a test scripted another answer (400 with an error code, 429, 500).
/// </summary>
public sealed class FakeTwilioApi : IAsyncDisposable
{
    public const string AccountSid = "AC00000000000000000000000000000001";
    public const string AuthToken = "fake-auth-token-0123456789";

    private readonly ConcurrentQueue<(int Status, string Json)> _script = new();
    private WebApplication? _app;
    private int _sequence;

    private FakeTwilioApi() { }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();
    public string BaseUrl { get; private set; } = "";

    public static async Task<FakeTwilioApi> StartAsync()
    {
        var fake = new FakeTwilioApi();
        (fake._app, fake.BaseUrl) = await LoopbackServer.StartAsync(app => app.MapPost("/2010-04-01/Accounts/{sid}/Messages.json", fake.HandleAsync));
        return fake;
    }

    /// <summary>The next request gets this answer instead of 201.</summary>
    public void Answer(int status, string json) => _script.Enqueue((status, json));

    public void AnswerError(int status, int code, string message) =>
        Answer(status, $$"""{"code": {{code}}, "message": "{{message}}", "more_info": "https://www.twilio.com/docs/errors/{{code}}", "status": {{status}}}""");

    private async Task<IResult> HandleAsync(HttpContext http, string sid)
    {
        var form = await http.Request.ReadFormAsync();
        var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        var authorized = AuthenticationHeaderValue.TryParse(http.Request.Headers.Authorization, out var auth)
            && auth.Scheme == "Basic" && auth.Parameter == Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AccountSid}:{AuthToken}"))
            && sid == AccountSid;
        Requests.Enqueue(new RecordedRequest(sid, fields, authorized, http.Request.Headers.UserAgent.ToString()));
        if (!authorized)
            return Results.Content("""{"code": 20003, "message": "Authenticate", "status": 401}""", "application/json", statusCode: 401);
        if (_script.TryDequeue(out var scripted)) return Results.Content(scripted.Json, "application/json", statusCode: scripted.Status);
        var messageSid = $"SM{Interlocked.Increment(ref _sequence):D32}";
        return Results.Content($$"""{"sid": "{{messageSid}}", "status": "queued", "to": "{{fields.GetValueOrDefault("To")}}"}""", "application/json", statusCode: 201);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
