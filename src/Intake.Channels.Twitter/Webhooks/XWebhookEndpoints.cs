using System.Text.Json;
using Intake.Channels.Twitter.Mapping;
using Intake.Core.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intake.Channels.Twitter.Webhooks;

/// <summary>GET /webhooks/x answers X's CRC challenge; POST /webhooks/x verifies, stores each event, hands it on and answers 200.</summary>
internal static class XWebhookEndpoints
{
    public const string Path = "/webhooks/x";
    // Account Activity deliveries are a few kB; anything far larger is not from X.
    private const int MaxBodyBytes = 1 << 20;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(Path, Challenge);
        app.MapPost(Path, ReceiveAsync);
    }

    private static IResult Challenge(HttpRequest request, IOptions<XOptions> options, XIntake intake)
    {
        var token = request.Query["crc_token"].ToString();
        if (token.Length == 0) return Results.BadRequest();
        // X re-checks the webhook periodically: its reaching us shows the webhook path is alive.
        intake.Alive();
        return Results.Json(new { response_token = XWebhookSignature.ResponseToken(options.Value.ConsumerSecret, token) });
    }

    private static async Task<IResult> ReceiveAsync(
        HttpRequest request, IOptions<XOptions> options, XIntake intake, IEnumerable<IXEnvelopeReader> readers,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var body = await BoundedRequestBody.ReadAsync(request, MaxBodyBytes, cancellationToken);
        if (body is null) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        if (!XWebhookSignature.IsValid(options.Value.ConsumerSecret, body, request.Headers[XWebhookSignature.Header]))
        {
            loggers.CreateLogger(typeof(XWebhookEndpoints)).LogWarning("X webhook with a missing or wrong signature refused");
            return Results.Unauthorized();
        }

        // Once verified, every event is taken in even if X hangs up: a stored payload must not stop half-way.
        foreach (var xEvent in Events(body, readers))
            await intake.ReceiveAsync(xEvent, CancellationToken.None);
        intake.Alive();
        return Results.Ok();
    }

    // A signed body no reader understands is still X's: stored whole, it is quarantined for staff rather than dropped.
    private static IReadOnlyList<XEvent> Events(byte[] body, IEnumerable<IXEnvelopeReader> readers)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var reader = readers.FirstOrDefault(r => r.Recognises(json.RootElement));
            if (reader is not null) return reader.Events(json.RootElement);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: valid JSON whose strings are not UTF-8 cannot be read as text.
        }
        return [new XEvent("", "", XPayloadFormats.AccountActivity, body)];
    }
}
