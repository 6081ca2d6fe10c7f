namespace Intake.Core.Events;

/// <summary>Billing reports that a contract really ended: the case becomes Completed and the customer hears of it.</summary>
public interface ICaseCompletion
{
    Task<CompletionResult> CompleteAsync(string reference, DateOnly endDate, DateTimeOffset at, CancellationToken cancellationToken);
}

/// <summary>What became of a completion call.</summary>
public enum CompletionOutcome
{
    Completed,
    AlreadyCompleted,
    NotFound,
    /// <summary>The case is not an accepted cancellation (e.g. still under review, retracted) or was completed with another date.</summary>
    Conflict,
}

/// <summary>The outcome, the case's status afterwards, and whether the end date differs from the one we confirmed.</summary>
public sealed record CompletionResult(CompletionOutcome Outcome, string? Status, DateOnly? ConfirmedDate, bool DateMismatch, bool MessageQueued);
