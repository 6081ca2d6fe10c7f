using Intake.Channels.Email;
using Intake.Channels.Twilio;
using Intake.Channels.Web;
using Intake.Channels.Twitter;
using Intake.Channels.Web.Api;
using ChannelValues = Intake.Core.Model.Channels;
using Intake.Core.Observability;
using Intake.Webcare;
using Intake.Storage.Postgres.Why;

namespace Intake.Host.Web;

/// <summary>The channels served by this host itself: the web form, the why page and the JSON API.</summary>
internal static class WebChannelsExtensions
{
    public static IHostApplicationBuilder AddWebChannels(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadInputExceptionHandler>();
        builder.Services.AddPostgresWhyAnswers();
        builder.AddSharedDataProtection();
        builder.AddIntakeRateLimits();
        builder.Services.AddTransient<IStartupFilter, SecurityHeaders>();
        AddRawPayloadReaders(builder);
        return builder;
    }

    /// <summary>What replay needs to read this host's stored payloads again.</summary>
    public static void AddRawPayloadReaders(IHostApplicationBuilder builder)
    {
        builder.Services.AddIntakeApi(builder.Configuration);
        builder.Services.AddWebChannel();
        builder.Services.AddXPayloadReader();
        builder.Services.AddEmailPayloadReader(builder.Configuration);
        builder.Services.AddTwilioPayloadReader(builder.Configuration);
        builder.Services.AddManualIntakeReader();
    }

    public static WebApplication MapWebChannels(this WebApplication app)
    {
        // In-process channels are up whenever the host is.
        var heartbeats = app.Services.GetRequiredService<ChannelHeartbeats>();
        foreach (var channel in new[] { ChannelValues.Web, ChannelValues.Api }) heartbeats.Register(channel, staleAfter: null);
        app.MapWebForm();
        app.MapIntakeApi();
        return app;
    }
}
