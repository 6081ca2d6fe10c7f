using Hangfire;
using Intake.Channels.Twilio.Messaging;
using Intake.Channels.Twilio.Sending;
using Intake.Channels.Twilio.Voice;
using Intake.Channels.Twilio.Webhooks;
using Intake.Core.Jobs;
using Intake.Core.Observability;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Channels.Twilio;

/// <summary>
/// Registers the twilio channel: Twilio SMS/WhatsApp/voice webhooks, the REST sender and the raw payload reader. Its state
/// (calls, callback promises, SMS opt-outs, reply fallbacks) is behind Core's ports, which the host registers.
/// </summary>
public static class TwilioChannelExtensions
{
    /// <summary>Without configured credentials the channel stays off and its replies go to the dev outbox.</summary>
    public static IHostApplicationBuilder AddTwilioChannel(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(TwilioOptions.Section);
        var options = section.Get<TwilioOptions>() ?? new TwilioOptions();
        services.AddTwilioPayloadReader(builder.Configuration);

        services.AddSingleton<TwilioRequestVerifier>();
        services.AddSingleton<CallerInput>();
        services.AddSingleton<CallIntake>();
        services.AddSingleton<VoiceFlow>();
        services.AddSingleton<MessagingWebhook>();
        services.AddSingleton<StatusCallbackWebhook>();
        services.AddTransient<TwilioVoiceSweepJob>();
        services.AddTransient<TwilioBaseUrlHandler>();
        services.AddHttpClient<TwilioMessagesApi>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler<TwilioBaseUrlHandler>()
            .AddResilienceHandler("twilio", (pipeline, context) =>
                TwilioResilience.Configure(pipeline, context.ServiceProvider.GetRequiredService<IOptions<TwilioOptions>>().Value));

        if (string.IsNullOrWhiteSpace(options.AuthToken)) return builder;
        services.AddRecurringJob<TwilioVoiceSweepJob>(TwilioVoiceSweepJob.Id, job => job.RunAsync(CancellationToken.None), _ => Cron.Minutely());
        // Webhooks are irregular (no customer may text for hours): registered without a staleness limit.
        services.AddSingleton<IHostedService>(sp => new HeartbeatRegistration(sp.GetRequiredService<ChannelHeartbeats>(),
            options.CanSend ? [ChannelValues.Sms, ChannelValues.WhatsApp, ChannelValues.Voice] : [ChannelValues.Voice]));
        if (!options.CanSend) return builder;
        foreach (var channel in new[] { ChannelValues.Sms, ChannelValues.WhatsApp })
            services.AddSingleton<IReplySender>(sp => TwilioSenders.Create(sp, channel));
        return builder;
    }

    /// <summary>What the replay command needs to read stored Twilio messages and call records again.</summary>
    public static IServiceCollection AddTwilioPayloadReader(this IServiceCollection services, IConfiguration configuration)
    {
        // Both the channel and the replay command ask for the reader: register it once.
        services.Configure<TwilioOptions>(configuration.GetSection(TwilioOptions.Section));
        var configPath = configuration["Intake:ChannelConfigPath"];
        services.TryAddSingleton(_ => VoicePromptBook.FromConfig(configPath));
        services.TryAddSingleton(sp => new CallMessageMapper(sp.GetRequiredService<VoicePromptBook>(), sp.GetRequiredService<IOptions<TwilioOptions>>().Value.DefaultCountryCode));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRawPayloadReader, TwilioRawPayloadReader>());
        return services;
    }

    public static IEndpointRouteBuilder MapTwilioWebhooks(this IEndpointRouteBuilder app)
    {
        TwilioWebhookEndpoints.Map(app);
        return app;
    }
}
