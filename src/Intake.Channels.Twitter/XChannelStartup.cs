using Intake.Core.Observability;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Channels.Twitter;

/// <summary>On start of an X-enabled host: declares the channel's heartbeat (its polling jobs are registered beside it).</summary>
internal sealed class XChannelStartup(ChannelHeartbeats heartbeats, IOptions<XOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Only polls beat on a schedule; a webhook-only channel may be quiet for hours without being down.
        heartbeats.Register(ChannelValues.X, options.Value.PollEnabled ? options.Value.HeartbeatStaleAfter : null);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
