using System.Text;
using Intake.Core.Model;
using Intake.Core.Pipeline;
using Intake.Testing;

namespace Intake.Storage.Postgres.Tests.Intake;

/// <summary>A request cut off after its raw payload was stored (host killed, database away) is taken in by the sweep.</summary>
public sealed class InterruptedIntakeTests
{
    private static readonly DateTimeOffset Now = Messages.Monday.AddHours(2);

    [Fact]
    public async Task Payloads_left_received_are_taken_in_once_and_recent_ones_are_left_to_their_request()
    {
        var harness = await IntakeHarness.CreateAsync();
        var cutOff = await harness.RawPayloads.SaveAsync(Raw("cut-1", "Ik zeg mijn abonnement op", Now.AddHours(-1)), CancellationToken.None);
        // The provider delivered this one again and that delivery was accepted: the cut-off copy repeats it.
        var redelivered = Raw("cut-2", "Hierbij zeg ik op", Now.AddHours(-1));
        var firstCopy = await harness.RawPayloads.SaveAsync(redelivered, CancellationToken.None);
        var accepted = await harness.Gateway.ReceiveAsync(redelivered, () => Message(redelivered), CancellationToken.None);
        var unreadable = await harness.RawPayloads.SaveAsync(Raw("cut-3", "", Now.AddHours(-1)), CancellationToken.None);
        var inFlight = await harness.RawPayloads.SaveAsync(Raw("cut-4", "Ik zeg op", Now.AddMinutes(-1)), CancellationToken.None);
        var replayer = new QuarantineReplayer(harness.RawPayloads, harness.Gateway, [new TextReader()]);

        var (taken, quarantined) = await replayer.TakeInInterruptedAsync(Now, TimeSpan.FromMinutes(30), 100, CancellationToken.None);
        var again = await replayer.TakeInInterruptedAsync(Now, TimeSpan.FromMinutes(30), 100, CancellationToken.None);

        Assert.Equal((2, 1), (taken, quarantined));
        Assert.Equal((0, 0), again);
        var rows = (await harness.Database.QueryAsync<(long Id, string Status, long? MessageId, string? Reason)>(
            "SELECT id, status, message_id, reason FROM raw_payload ORDER BY id")).ToDictionary(r => r.Id);
        Assert.Equal("accepted", rows[cutOff].Status);
        Assert.Equal(("accepted", accepted.Result!.MessageId), (rows[firstCopy].Status, rows[firstCopy].MessageId));
        Assert.Equal("quarantined", rows[unreadable].Status);
        Assert.Contains("no text", rows[unreadable].Reason, StringComparison.Ordinal);
        Assert.Equal("received", rows[inFlight].Status);
        Assert.Equal(2, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message"));
        Assert.Equal(2, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM cancellation_case"));
    }

    private static RawPayload Raw(string id, string text, DateTimeOffset at) =>
        new(Channels.Api, id, "text/plain", Encoding.UTF8.GetBytes(text), at);

    private static InboundMessage Message(RawPayload payload) =>
        Messages.Api(payload.ProviderId!, $"{payload.ProviderId}@example.nl", Encoding.UTF8.GetString(payload.Body), payload.ReceivedAt);

    private sealed class TextReader : IRawPayloadReader
    {
        public string Channel => Channels.Api;

        public InboundMessage Read(RawPayload payload) =>
            payload.Body.Length == 0 ? throw new InvalidDataException("no text") : Message(payload);
    }
}
