using System.Collections.Concurrent;
using Intake.Core.Events;
using Intake.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Intake.Host.Tests.Events;

/// <summary>A billing system on loopback that checks every signature and can be told to fail.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private WebApplication? _app;

    private WebhookReceiver() { }

    public ConcurrentQueue<(string Id, string Body)> Received { get; } = new();
    public int BadSignatures;
    public int Attempts;
    /// <summary>The status to answer with; 200 once the "outage" is over.</summary>
    public int AnswerWith { get; set; } = 200;
    public string Url { get; private set; } = "";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver();
        (receiver._app, var baseUrl) = await LoopbackServer.StartAsync(app => app.MapPost("/hooks", async (HttpRequest request) =>
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
        }));
        receiver.Url = baseUrl + "/hooks";
        return receiver;
    }

    public ValueTask DisposeAsync() => _app?.DisposeAsync() ?? ValueTask.CompletedTask;
}
