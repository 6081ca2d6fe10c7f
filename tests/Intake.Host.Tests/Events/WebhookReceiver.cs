using System.Collections.Concurrent;
using Intake.Core.Events;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Host.Tests.Events;

/// <summary>A billing system on loopback that checks every signature and can be told to fail.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private readonly WebApplication _app;

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Id, string Body)> Received { get; } = new();
    public int BadSignatures;
    public int Attempts;
    /// <summary>The status to answer with; 200 once the "outage" is over.</summary>
    public int AnswerWith { get; set; } = 200;
    public string Url { get; private set; } = "";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hooks", async (HttpRequest request) =>
        {
            Interlocked.Increment(ref receiver.Attempts);
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            var id = request.Headers["webhook-id"].ToString();
            var timestamp = long.Parse(request.Headers["webhook-timestamp"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
            if (StandardWebhookSigner.Sign(Secret, id, timestamp, body) != request.Headers["webhook-signature"].ToString())
            {
                Interlocked.Increment(ref receiver.BadSignatures);
                return Results.StatusCode(401);
            }
            if (receiver.AnswerWith != 200) return Results.StatusCode(receiver.AnswerWith);
            receiver.Received.Enqueue((id, body));
            return Results.Ok();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = address + "/hooks";
        return receiver;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
