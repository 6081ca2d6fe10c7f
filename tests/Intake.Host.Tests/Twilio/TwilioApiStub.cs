using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Host.Tests.Twilio;

/// <summary>Twilio's Messages API on a loopback port for the host tests: records each message and answers 201 with a sid.</summary>
public sealed class TwilioApiStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _sequence;

    private TwilioApiStub(WebApplication app) => _app = app;

    public ConcurrentQueue<(string? Authorization, Dictionary<string, string> Form)> Messages { get; } = new();
    public string BaseUrl { get; private set; } = "";

    public static async Task<TwilioApiStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var stub = new TwilioApiStub(app);
        app.MapPost("/2010-04-01/Accounts/{sid}/Messages.json", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            stub.Messages.Enqueue((http.Request.Headers.Authorization.ToString(), form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal)));
            return Results.Content($$"""{"sid": "SM{{Interlocked.Increment(ref stub._sequence):D32}}", "status": "queued"}""", "application/json", statusCode: 201);
        });
        await app.StartAsync();
        stub.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return stub;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
