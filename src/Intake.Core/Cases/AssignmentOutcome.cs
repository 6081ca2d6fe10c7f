namespace Intake.Core.Cases;

/// <summary>What became of a request to assign a case.</summary>
public enum AssignmentOutcome
{
    Assigned,
    Unassigned,
    /// <summary>The case already was with that staff member (or with nobody): nothing changed, nothing audited.</summary>
    Unchanged,
    NotFound,
    /// <summary>The staff member is unknown or deactivated.</summary>
    InactiveStaff,
}
