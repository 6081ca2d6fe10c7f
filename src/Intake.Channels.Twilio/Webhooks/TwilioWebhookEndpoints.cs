using System.Globalization;
using System.Xml.Linq;
using Intake.Channels.Twilio.Messaging;
using Intake.Channels.Twilio.Voice;
using Intake.Core.Observability;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Twilio.TwiML;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Channels.Twilio.Webhooks;

/// <summary>The webhook routes: each verifies the signature first, then stores raw, hands on, and answers TwiML.</summary>
internal static class TwilioWebhookEndpoints
{
    private const string TwimlContentType = "text/xml; charset=utf-8";
    // A message or status callback needs no instructions: the library's empty <Response/>.
    private static readonly string EmptyAnswer = new MessagingResponse().ToString(SaveOptions.DisableFormatting);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost(TwilioRoutes.Messaging, (HttpContext http, MessagingWebhook webhook, CancellationToken ct) =>
            Handle(http, ct, async request => { await webhook.ReceiveAsync(request, ct); return EmptyAnswer; }));
        app.MapPost(TwilioRoutes.Status, (HttpContext http, StatusCallbackWebhook webhook, CancellationToken ct) =>
            Handle(http, ct, async request => { await webhook.ReceiveAsync(request, ct); return EmptyAnswer; }));
        app.MapPost(TwilioRoutes.Voice, (HttpContext http, VoiceFlow flow, CancellationToken ct) =>
            Handle(http, ct, request => flow.IncomingAsync(request, BaseUrl(http), ct), ChannelValues.Voice));
        app.MapPost(TwilioRoutes.VoiceMenu, (HttpContext http, VoiceFlow flow, CancellationToken ct) =>
            Handle(http, ct, request => flow.MenuAsync(request, BaseUrl(http), Language(http), Attempt(http), ct), ChannelValues.Voice));
        app.MapPost(TwilioRoutes.VoiceAccount, (HttpContext http, VoiceFlow flow, CancellationToken ct) =>
            Handle(http, ct, request => flow.AccountAsync(request, BaseUrl(http), Language(http), Attempt(http), ct), ChannelValues.Voice));
        app.MapPost(TwilioRoutes.VoiceConfirm, (HttpContext http, VoiceFlow flow, CancellationToken ct) =>
            Handle(http, ct, request => flow.ConfirmAsync(request, BaseUrl(http), Language(http), Attempt(http), ct), ChannelValues.Voice));
        app.MapPost(TwilioRoutes.VoiceStatus, (HttpContext http, VoiceFlow flow, CancellationToken ct) =>
            Handle(http, ct, async request => { await flow.CallEndedAsync(request, ct); return EmptyAnswer; }, ChannelValues.Voice));
    }

    private static async Task<IResult> Handle(HttpContext http, CancellationToken ct, Func<TwilioRequest, Task<string>> handle, string? beat = null)
    {
        var verifier = http.RequestServices.GetRequiredService<TwilioRequestVerifier>();
        if (await verifier.VerifyAsync(http, ct) is not { } request) return Results.StatusCode(StatusCodes.Status403Forbidden);
        var twiml = await handle(request);
        if (beat is not null) http.RequestServices.GetRequiredService<ChannelHeartbeats>().Beat(beat);
        return Results.Content(twiml, TwimlContentType);
    }

    /// <summary>Where the IVR's action URLs point: the configured public base, else this request's own origin.</summary>
    private static string BaseUrl(HttpContext http)
    {
        var configured = http.RequestServices.GetRequiredService<IOptions<TwilioOptions>>().Value.PublicBaseUrl;
        return string.IsNullOrWhiteSpace(configured)
            ? $"{http.Request.Scheme}://{http.Request.Host.ToUriComponent()}{http.Request.PathBase.ToUriComponent()}"
            : configured.TrimEnd('/');
    }

    private static string Language(HttpContext http) => VoicePromptBook.Normalise(http.Request.Query["lang"].ToString());

    private static int Attempt(HttpContext http) =>
        int.TryParse(http.Request.Query["n"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? Math.Clamp(n, 0, VoiceScreens.MaxAttempts) : 0;
}
