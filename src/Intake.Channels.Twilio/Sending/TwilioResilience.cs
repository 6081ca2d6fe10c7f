using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Intake.Channels.Twilio.Sending;

/// <summary>
/// HTTP-level retry for the Messages API: 429 and 5xx, briefly, honouring Retry-After. Longer outages are the
/// outbox's job (its own backoff), so one dispatcher never sits on a batch for minutes.
/// </summary>
internal static class TwilioResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, TwilioOptions options)
    {
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = 2,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryDelay,
            MaxDelay = TimeSpan.FromSeconds(10),
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { } response
                ? response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500
                : args.Outcome.Exception is HttpRequestException),
        });
        pipeline.AddTimeout(options.RequestTimeout);
    }
}
