using Hangfire;
using Intake.Channels.Twitter.Polling;
using Intake.Core.Observability;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Channels.Twitter;

/// <summary>On start of an X-enabled host: declares the channel's heartbeat and schedules the polling fallback.</summary>
internal sealed class XChannelStartup(ChannelHeartbeats heartbeats, IRecurringJobManager recurringJobs, IOptions<XOptions> options) : IHostedService
{
    public const string MentionsJob = "x-poll-mentions";
    public const string DirectMessagesJob = "x-poll-dm-events";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Only polls beat on a schedule; a webhook-only channel may be quiet for hours without being down.
        heartbeats.Register(ChannelValues.X, options.Value.PollEnabled ? options.Value.HeartbeatStaleAfter : null);
        if (options.Value.PollEnabled)
        {
            recurringJobs.AddOrUpdate<XPollJob>(MentionsJob, job => job.PollMentionsAsync(CancellationToken.None), options.Value.PollSchedule);
            recurringJobs.AddOrUpdate<XPollJob>(DirectMessagesJob, job => job.PollDirectMessagesAsync(CancellationToken.None), options.Value.PollSchedule);
        }
        else
        {
            recurringJobs.RemoveIfExists(MentionsJob);
            recurringJobs.RemoveIfExists(DirectMessagesJob);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
