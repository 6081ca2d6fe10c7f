using Intake.Core.Observability;
using Microsoft.Extensions.Hosting;

namespace Intake.Channels.Twilio;

/// <summary>Declares the enabled Twilio channels to the heartbeats when the host starts.</summary>
internal sealed class HeartbeatRegistration(ChannelHeartbeats heartbeats, IReadOnlyList<string> channels) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var channel in channels) heartbeats.Register(channel, null);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
