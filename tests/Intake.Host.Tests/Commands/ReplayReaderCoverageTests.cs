using Intake.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Host.Tests.Commands;

/// <summary>README, "Adding a channel": a stored payload of any channel can be replayed from quarantine.</summary>
public sealed class ReplayReaderCoverageTests
{
    [Fact]
    public async Task Every_channel_has_a_payload_reader_for_replay_and_every_raw_channel_has_one_reader()
    {
        await using var host = await IntakeHostFactory.StartAsync();

        var readers = host.Services.GetServices<IRawPayloadReader>().ToList();

        Assert.All(ChannelValues.All, channel => Assert.True(readers.Any(r => r.MessageChannels.Contains(channel, StringComparer.Ordinal)),
            $"no IRawPayloadReader reads channel '{channel}' back for replay"));
        Assert.Equal(readers.Count, readers.Select(r => r.Channel).Distinct(StringComparer.Ordinal).Count());
    }
}
