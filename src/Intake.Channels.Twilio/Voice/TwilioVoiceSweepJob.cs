using Intake.Core.Voice;

namespace Intake.Channels.Twilio.Voice;

/// <summary>
/// Recurring Hangfire job: takes in calls that chose "cancel" and went quiet without a hang-up callback (as
/// unconfirmed, for review). Idempotent: the pipeline keys a call by CallSid. Overdue IVR callback promises are
/// escalated by CallbackEscalationJob with every other promise.
/// </summary>
internal sealed class TwilioVoiceSweepJob(ICallRecords calls, CallIntake intake,
    IOptions<TwilioOptions> options, TimeProvider time, ILogger<TwilioVoiceSweepJob> logger)
{
    public const string Id = "twilio-voice-sweep";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var taken = 0;
        foreach (var sid in await calls.ListAbandonedAsync(now - options.Value.AbandonedCallAfter, cancellationToken))
        {
            if (await calls.FindAsync(sid, cancellationToken) is not { FinishedAt: null } call) continue;
            await intake.TakeInAsync(call, CallChoices.Unconfirmed, cancellationToken);
            taken++;
        }
        if (taken > 0)
            logger.LogInformation("Twilio voice sweep: {Calls} abandoned calls taken in", taken);
    }
}
