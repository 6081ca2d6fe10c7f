namespace Intake.Core.Cases;

/// <summary>Gives a case to a staff member or takes it back, audited as a case event.</summary>
public interface ICaseAssignments
{
    /// <summary>Assigns the case to <paramref name="staffId"/>, or unassigns it when null; only active staff can be given a case.</summary>
    Task<AssignmentOutcome> AssignAsync(string reference, long? staffId, string actor, CancellationToken cancellationToken);
}
