using Intake.Channels.Twilio.Signing;
using Intake.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Intake.Channels.Twilio.Webhooks;

/// <summary>Reads a webhook post and checks X-Twilio-Signature before anything else looks at it.</summary>
internal sealed class TwilioRequestVerifier(IOptions<TwilioOptions> options, TimeProvider time, ILogger<TwilioRequestVerifier> logger)
{
    // Twilio's posts are a few kilobytes; anything far larger is not from Twilio.
    private const int MaxBodyBytes = 64 * 1024;

    /// <summary>The verified request, or null after writing the security log line (the caller answers 403).</summary>
    public async Task<TwilioRequest?> VerifyAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var receivedAt = time.GetUtcNow();
        var token = options.Value.AuthToken;
        if (string.IsNullOrEmpty(token)) return Refuse(request, "no Intake:Twilio:AuthToken configured");

        var body = await BoundedRequestBody.ReadAsync(request, MaxBodyBytes, cancellationToken);
        if (body is null) return Refuse(request, "body too large");
        var url = SignedUrl(request);
        var signature = request.Headers["X-Twilio-Signature"].ToString();
        var contentType = request.ContentType ?? "application/x-www-form-urlencoded";
        if (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return TwilioSignatureValidator.IsValidJson(token, url, body, signature)
                ? new TwilioRequest(url, contentType, body, new Dictionary<string, string>(StringComparer.Ordinal), receivedAt)
                : Refuse(request, "signature does not match (JSON)");
        }

        var pairs = FormFields(body);
        if (!TwilioSignatureValidator.IsValid(token, url, pairs, signature))
            return Refuse(request, string.IsNullOrEmpty(signature) ? "signature missing" : "signature does not match");
        var form = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in pairs) form.TryAdd(name, value);
        return new TwilioRequest(url, contentType, body, form, receivedAt);
    }

    /// <summary>The URL Twilio signed: the configured public base plus our path and query, else the request's own.</summary>
    public string SignedUrl(HttpRequest request)
    {
        var pathAndQuery = request.PathBase.Add(request.Path).ToUriComponent() + request.QueryString.ToUriComponent();
        var publicBase = options.Value.PublicBaseUrl;
        return string.IsNullOrWhiteSpace(publicBase)
            ? $"{request.Scheme}://{request.Host.ToUriComponent()}{pathAndQuery}"
            : publicBase.TrimEnd('/') + request.Path.ToUriComponent() + request.QueryString.ToUriComponent();
    }

    public static List<KeyValuePair<string, string>> FormFields(byte[] body)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in QueryHelpers.ParseQuery("?" + System.Text.Encoding.UTF8.GetString(body)))
            foreach (var value in values) fields.Add(new(name, value ?? ""));
        return fields;
    }

    private TwilioRequest? Refuse(HttpRequest request, string reason)
    {
        // A security line: the route and the reason only, never the posted fields (numbers, message text).
        logger.LogWarning("Security: Twilio webhook {Method} {Path} refused with 403: {Reason}", request.Method, request.Path.Value, reason);
        return null;
    }
}
