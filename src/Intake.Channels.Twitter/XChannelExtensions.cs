using Microsoft.Extensions.DependencyInjection.Extensions;
using Intake.Channels.Twitter.Api;
using Intake.Channels.Twitter.Mapping;
using Intake.Channels.Twitter.Polling;
using Intake.Channels.Twitter.Sending;
using Intake.Channels.Twitter.Webhooks;
using Intake.Core.Jobs;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Intake.Channels.Twitter;

/// <summary>Registers the X channel: webhooks and polling, the DM/reply sender and the raw payload reader.</summary>
public static class XChannelExtensions
{
    /// <summary>Without configured credentials the channel stays off and its replies go to the dev outbox.</summary>
    public static IHostApplicationBuilder AddXChannel(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddXPayloadReader();
        var section = builder.Configuration.GetSection(XOptions.Section);
        services.Configure<XOptions>(section);
        if (!(section.Get<XOptions>() ?? new XOptions()).IsConfigured) return builder;

        services.AddXServices();
        services.AddSingleton<IReplySender, XReplySender>();
        services.AddTransient<XPollJob>();
        services.AddHostedService<XChannelStartup>();
        // The polling fallback; switched off, its jobs are taken off the schedule.
        static string? PollCron(IServiceProvider sp) => sp.GetRequiredService<IOptions<XOptions>>().Value is { PollEnabled: true } o ? o.PollSchedule : null;
        services.AddRecurringJob<XPollJob>(XPollJob.MentionsJob, job => job.PollMentionsAsync(CancellationToken.None), PollCron);
        services.AddRecurringJob<XPollJob>(XPollJob.DirectMessagesJob, job => job.PollDirectMessagesAsync(CancellationToken.None), PollCron);
        return builder;
    }

    /// <summary>GET/POST /webhooks/x, mapped only when the channel is configured.</summary>
    public static IEndpointRouteBuilder MapXWebhooks(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetRequiredService<IOptions<XOptions>>().Value.IsConfigured) XWebhookEndpoints.Map(app);
        return app;
    }

    /// <summary>What replay needs to read stored X payloads again; needs no credentials.</summary>
    public static IServiceCollection AddXPayloadReader(this IServiceCollection services)
    {
        // Both the channel and the replay command ask for the reader: register it once.
        services.TryAddSingleton<XRawPayloadReader>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRawPayloadReader, XRawPayloadReader>());
        return services;
    }

    /// <summary>The channel's own services; the host provides the gateway, the stores behind its ports, heartbeats and templates.</summary>
    internal static IServiceCollection AddXServices(this IServiceCollection services)
    {
        services.AddSingleton<XRateLimitGate>();
        services.AddSingleton<XIntake>();
        services.AddSingleton<IXEnvelopeReader, AccountActivityEnvelopeReader>();
        services.AddSingleton<XApiClient>();
        services.AddSingleton<XPublicReplier>();
        services.AddHttpClient(XApiClient.HttpClientName).AddResilienceHandler("x-api", (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<XOptions>>().Value;
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 2,
                Delay = TimeSpan.FromMilliseconds(300),
                BackoffType = DelayBackoffType.Exponential,
                // Reads only: a repeated POST could post a DM twice. Never on 429: the rate-limit gate waits for the reset.
                ShouldHandle = args => ValueTask.FromResult(
                    args.Context.GetRequestMessage()?.Method == HttpMethod.Get &&
                    (args.Outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException ||
                     (int?)args.Outcome.Result?.StatusCode >= 500)),
            });
            pipeline.AddTimeout(options.RequestTimeout);
        });
        return services;
    }
}
