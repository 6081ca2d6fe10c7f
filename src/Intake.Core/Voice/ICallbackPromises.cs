namespace Intake.Core.Voice;

/// <summary>Callback promises made by the IVR, each in its case's timeline; <see cref="Callbacks.CallbackEscalationJob"/> escalates them when overdue.</summary>
public interface ICallbackPromises
{
    /// <summary>One promise per call; a retried webhook finds the promise it made. Returns the due time.</summary>
    Task<DateTimeOffset> PromiseAsync(string caseReference, string callSid, DateTimeOffset dueAt, DateTimeOffset at, CancellationToken cancellationToken);
}
