using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Intake.Channels.Twilio.Sending;

/// <summary>The typed HttpClient for Twilio's Messages API (2010-04-01), form-encoded with Basic auth.</summary>
internal sealed class TwilioRestClient(HttpClient http, IOptions<TwilioOptions> options)
{
    public async Task<TwilioApiResponse> CreateMessageAsync(TwilioMessageRequest message, string? from, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var fields = new List<KeyValuePair<string, string>> { new("To", message.To) };
        if (!string.IsNullOrWhiteSpace(o.MessagingServiceSid)) fields.Add(new("MessagingServiceSid", o.MessagingServiceSid));
        else if (from is not null) fields.Add(new("From", from));
        if (message.ContentSid is not null)
        {
            fields.Add(new("ContentSid", message.ContentSid));
            if (message.ContentVariables is not null) fields.Add(new("ContentVariables", message.ContentVariables));
        }
        else
        {
            fields.Add(new("Body", message.Body));
        }
        if (!string.IsNullOrWhiteSpace(o.PublicBaseUrl))
            fields.Add(new("StatusCallback", o.PublicBaseUrl.TrimEnd('/') + TwilioRoutes.Status));

        using var request = new HttpRequestMessage(HttpMethod.Post,
            $"{o.BaseUrl.TrimEnd('/')}/2010-04-01/Accounts/{Uri.EscapeDataString(o.AccountSid!)}/Messages.json")
        {
            Content = new FormUrlEncodedContent(fields),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{o.AccountSid}:{o.AuthToken}")));
        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return Parse((int)response.StatusCode, text);
    }

    private static TwilioApiResponse Parse(int status, string text)
    {
        try
        {
            using var json = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
            var root = json.RootElement;
            string? Str(string name) => root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            int? code = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("code", out var c) && c.TryGetInt32(out var n) ? n : null;
            return status is >= 200 and < 300
                ? new TwilioApiResponse(status, Str("sid"), null, null)
                : new TwilioApiResponse(status, null, code, Str("message"));
        }
        catch (JsonException)
        {
            // A proxy's HTML error page: keep the status, not the page.
            return new TwilioApiResponse(status, null, null, $"non-JSON answer ({(HttpStatusCode)status})");
        }
    }
}
