namespace Intake.Core.Voice;

/// <summary>Callback promises made by the IVR, each in its case's timeline, and the escalation of those that are overdue.</summary>
public interface ICallbackPromises
{
    /// <summary>One promise per call; a retried webhook finds the promise it made. Returns the due time.</summary>
    Task<DateTimeOffset> PromiseAsync(string caseReference, string callSid, DateTimeOffset dueAt, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Appends one "callback_overdue" event per open IVR promise past its due time; returns how many it escalated.</summary>
    Task<int> EscalateOverdueAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
