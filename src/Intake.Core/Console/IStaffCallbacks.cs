namespace Intake.Core.Console;

/// <summary>Callback promises staff make and keep; every step is in the case's timeline (CallbackEscalationJob escalates them when overdue).</summary>
public interface IStaffCallbacks
{
    /// <summary>Promises a callback due at <paramref name="dueAt"/>; the note stays on the promise, not in the audit. Null when the case is unknown.</summary>
    Task<long?> PromiseAsync(string reference, string actor, DateTimeOffset dueAt, string? note, CancellationToken cancellationToken);

    /// <summary>Marks an open promise of the case as kept; false when it is not open.</summary>
    Task<bool> CompleteAsync(string reference, long promiseId, string actor, CancellationToken cancellationToken);

    /// <summary>
    /// A page of the open promises, soonest first: <paramref name="limit"/> from <paramref name="offset"/> on (null: all the rest);
    /// only <paramref name="owner"/>'s (plus unowned IVR ones) when given.
    /// </summary>
    Task<IReadOnlyList<OpenCallback>> ListOpenAsync(string? owner, bool overdueOnly, int offset, int? limit, CancellationToken cancellationToken);
}
