using System.Text.Json;
using Intake.Core.Identity;
using Intake.Core.Web;

namespace Intake.Host.Web;

/// <summary>
/// Reads who a public POST is from before the rate limiter decides, so that a limited request is refused before
/// anything is stored. The body is buffered and rewound: the endpoint reads it again as it arrived.
/// </summary>
internal static class RequestSender
{
    private const string ItemKey = "intake.rate-limit.sender";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly string[] FormSenderFields = ["email", "phone", "account"];

    /// <summary>The sender read by <see cref="ReadAsync"/>, normalised; null when the request names none.</summary>
    public static string? Of(HttpContext context) => context.Items[ItemKey] as string;

    public static async Task ReadAsync(HttpContext context, long maxBodyBytes)
    {
        var request = context.Request;
        var isForm = PublicRoutes.IsCancelPost(request) && request.HasFormContentType;
        if (!isForm && !PublicRoutes.IsApiIntake(request)) return;
        if (request.ContentLength > maxBodyBytes) return;

        request.EnableBuffering();
        try
        {
            var sender = isForm ? await FromFormAsync(request, context.RequestAborted) : await FromJsonAsync(request, maxBodyBytes, context.RequestAborted);
            if (!string.IsNullOrWhiteSpace(sender)) context.Items[ItemKey] = SenderAddress.Normalise(sender);
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or BadHttpRequestException or IOException)
        {
            // Unreadable input carries no sender; the endpoint reads it again and answers 400/413 itself.
        }
        finally
        {
            request.Body.Position = 0;
        }
    }

    private static async Task<string?> FromFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(cancellationToken);
        return FormSenderFields.Select(name => form[name].ToString().Trim()).FirstOrDefault(value => value.Length > 0);
    }

    private static async Task<string?> FromJsonAsync(HttpRequest request, long maxBodyBytes, CancellationToken cancellationToken)
    {
        if (await BoundedRequestBody.ReadAsync(request, maxBodyBytes, cancellationToken) is not { } body) return null;
        // Read as the endpoint reads it (web defaults: any casing, the last duplicate wins), so no spelling slips past.
        return JsonSerializer.Deserialize<SenderOnly>(body, Json)?.From;
    }

    private sealed record SenderOnly(string? From);
}
