using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Intake.Benchmarks.Faults;

/// <summary>
/// Twilio's Messages API and X's DM and post API on one loopback port, counting every send it takes in a
/// <see cref="SendLedger"/> per provider. It can fail (500), or stop listening and come back on the same port, to
/// play a provider that is down.
/// </summary>
internal sealed class FakeProviderApi : IAsyncDisposable
{
    private WebApplication? _app;
    private int _sequence;

    private FakeProviderApi(int port) => Port = port;

    public int Port { get; }

    public string BaseUrl => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}");

    public SendLedger Twilio { get; } = new();

    public SendLedger X { get; } = new();

    /// <summary>While true every send is answered with HTTP 500 (and counted as refused).</summary>
    public bool Failing { get; set; }

    public static async Task<FakeProviderApi> StartAsync()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var fake = new FakeProviderApi(port);
        await fake.ListenAsync();
        return fake;
    }

    /// <summary>Stops listening: connections are refused until <see cref="ListenAsync"/>.</summary>
    public async Task StopListeningAsync()
    {
        if (_app is null) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = null;
    }

    /// <summary>Listens (again) on the same port; what was counted before is kept.</summary>
    public async Task ListenAsync()
    {
        if (_app is not null) return;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(BaseUrl);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/2010-04-01/Accounts/{sid}/Messages.json", (Delegate)((HttpContext context) => TwilioMessageAsync(context)));
        app.MapPost("/2/dm_conversations/with/{id}/messages", (HttpContext context, string id) => XWriteAsync(context, id, "dm"));
        app.MapPost("/2/tweets", (Delegate)((HttpContext context) => XWriteAsync(context, null, "post")));
        app.MapGet("/2/users/{id}/mentions", () => Results.Json(new { meta = new { result_count = 0 } }));
        app.MapGet("/2/dm_events", () => Results.Json(new { meta = new { result_count = 0 } }));
        await app.StartAsync();
        _app = app;
    }

    private async Task<IResult> TwilioMessageAsync(HttpContext context)
    {
        if (Down(Twilio) is { } down) return down;
        var form = await context.Request.ReadFormAsync();
        Twilio.Take(form["To"].ToString(), form["Body"].ToString());
        var sid = "SM" + Interlocked.Increment(ref _sequence).ToString("D32", CultureInfo.InvariantCulture);
        return Results.Content($$"""{"sid": "{{sid}}", "status": "queued"}""", "application/json", statusCode: 201);
    }

    private async Task<IResult> XWriteAsync(HttpContext context, string? participant, string kind)
    {
        if (Down(X) is { } down) return down;
        using var json = await JsonDocument.ParseAsync(context.Request.Body);
        var text = json.RootElement.GetProperty("text").GetString() ?? "";
        var to = participant ?? json.RootElement.GetProperty("reply").GetProperty("in_reply_to_tweet_id").GetString() ?? "";
        X.Take($"{kind}:{to}", text);
        var id = (1_900_000_000_000_000_000 + Interlocked.Increment(ref _sequence)).ToString(CultureInfo.InvariantCulture);
        return kind == "dm"
            ? Results.Json(new { data = new { dm_conversation_id = $"{participant}-1", dm_event_id = id } }, statusCode: 201)
            : Results.Json(new { data = new { id, text } }, statusCode: 201);
    }

    private IResult? Down(SendLedger ledger)
    {
        if (!Failing) return null;
        ledger.Refuse();
        return Results.Json(new { code = 20500, message = "Internal Server Error", status = 500 }, statusCode: 500);
    }

    public async ValueTask DisposeAsync() => await StopListeningAsync();
}
