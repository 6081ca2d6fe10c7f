using System.Text.Json;

namespace Intake.Channels.Twitter.Api;

/// <summary>What the X API answered: the status, the body and, when rate limited, until when.</summary>
internal sealed record XApiResponse(int Status, string Body, DateTimeOffset? RetryAfter)
{
    public bool Ok => Status is >= 200 and < 300;
    public bool RateLimited => Status == 429;

    /// <summary>A call we did not make because the endpoint is rate limited until <paramref name="until"/>.</summary>
    public static XApiResponse Held(DateTimeOffset until) => new(429, "", until);

    public JsonDocument Json() => JsonDocument.Parse(Body.Length == 0 ? "{}" : Body);

    /// <summary>The problem type, title and detail of an error body (X API v2 problem JSON), for staff; never message text.</summary>
    public string Problem()
    {
        try
        {
            using var json = Json();
            var root = json.RootElement;
            string? Text(string name) => root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var parts = new[] { Text("type"), Text("title"), Text("detail"), Text("reason") }.Where(p => !string.IsNullOrEmpty(p));
            return $"HTTP {Status}: {string.Join(" / ", parts)}";
        }
        catch (JsonException)
        {
            return $"HTTP {Status}";
        }
    }
}
