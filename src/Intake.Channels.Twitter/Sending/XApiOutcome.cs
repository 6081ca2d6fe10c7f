using System.Globalization;
using Intake.Channels.Twitter.Api;

namespace Intake.Channels.Twitter.Sending;

/// <summary>How the sender reads an X API answer: retry later (rate limit, outage) or give up (refusal).</summary>
internal static class XApiOutcome
{
    /// <summary>A retryable failure (429 until its reset, 5xx), or null when retrying would not help.</summary>
    public static SendResult? Transient(XApiResponse response, string what) => response switch
    {
        { RateLimited: true } => SendResult.Transient(
            $"X rate limit on {what} until {(response.RetryAfter ?? DateTimeOffset.UtcNow).ToString("u", CultureInfo.InvariantCulture)}"),
        { Status: >= 500 or 408 } => SendResult.Transient($"X unavailable for {what}: {response.Problem()}"),
        _ => null,
    };

    /// <summary>
    /// True when X refuses our app or token rather than this one recipient: 401, or a 403 whose problem type is
    /// about the client, authentication or permissions. Staff must fix the credentials.
    /// </summary>
    public static bool CredentialsRefused(XApiResponse response) =>
        response.Status == 401 ||
        (response.Status == 403 && (response.Body.Contains("client-forbidden", StringComparison.Ordinal) ||
                                    response.Body.Contains("unsupported-authentication", StringComparison.Ordinal) ||
                                    response.Body.Contains("oauth1-permissions", StringComparison.Ordinal)));
}
