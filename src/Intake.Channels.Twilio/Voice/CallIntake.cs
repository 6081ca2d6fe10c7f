using System.Text.Json;
using Intake.Core.Voice;

namespace Intake.Channels.Twilio.Voice;

/// <summary>Hands a call to the pipeline as its one inbound message, once, and marks the call and its step payloads done.</summary>
internal sealed class CallIntake(
    IntakeGateway gateway, IRawPayloadStore raw, ICallRecords calls, ICallbackPromises promises, CallMessageMapper mapper,
    IOptions<TwilioOptions> options, TimeProvider time)
{
    /// <summary>What the caller is told: the case reference and receipt time (null when the call was quarantined).</summary>
    public sealed record Outcome(string? CaseReference, DateTimeOffset ReceivedAt, DateTimeOffset? CallbackDue);

    public async Task<Outcome> TakeInAsync(CallRecord call, string outcome, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var message = mapper.Map(call, outcome);
        // The pipeline keys the call by CallSid: a retried step or a late sweep gets the first result back.
        var result = await gateway.ReceiveAsync(CallMessageMapper.ToPayload(call, outcome, now), () => message, cancellationToken);
        var reference = result.Result?.CaseReference;
        DateTimeOffset? due = null;
        if (reference is not null && outcome == CallChoices.Callback)
            due = await promises.PromiseAsync(reference, call.CallSid, VoiceClock.NextBusinessDayAt(message.ReceivedAt, options.Value.CallbackHour), now, cancellationToken);
        if (result.Result is { } accepted)
        {
            foreach (var step in StepPayloads(call)) await raw.MarkAcceptedAsync(step, accepted.MessageId, cancellationToken);
        }
        await calls.FinishAsync(call.CallSid, outcome, result.Result?.MessageId, reference, now, cancellationToken);
        return new Outcome(reference, message.ReceivedAt, due);
    }

    private static IEnumerable<long> StepPayloads(CallRecord call)
    {
        using var steps = JsonDocument.Parse(call.Steps);
        return [.. steps.RootElement.EnumerateArray()
            .Select(s => s.TryGetProperty("rawPayloadId", out var id) && id.TryGetInt64(out var v) ? v : 0)
            .Where(id => id > 0).Distinct()];
    }
}
