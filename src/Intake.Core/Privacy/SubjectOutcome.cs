namespace Intake.Core.Privacy;

/// <summary>What became of an erasure or export request.</summary>
public enum SubjectOutcome
{
    Done,
    /// <summary>Nothing is held about this account number or address.</summary>
    Unknown,
    /// <summary>The address belongs to more than one customer: ask by account number.</summary>
    Ambiguous,
    /// <summary>Erasure only: an open case, an unsent reply or an undelivered event still needs the data.</summary>
    Pending,
}
