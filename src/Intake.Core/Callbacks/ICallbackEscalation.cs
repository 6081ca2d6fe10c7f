namespace Intake.Core.Callbacks;

/// <summary>Escalates open callback promises past their due time, whoever made them (staff in the console or the IVR).</summary>
public interface ICallbackEscalation
{
    /// <summary>
    /// Marks every open promise due before <paramref name="now"/> as escalated, once, with one callback_overdue event in
    /// its case's timeline; returns the promises escalated by this call.
    /// </summary>
    Task<IReadOnlyList<long>> EscalateOverdueAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
