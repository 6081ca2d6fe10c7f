namespace Intake.Core.Model;

/// <summary>The life of a cancellation case.</summary>
public static class CaseStatuses
{
    public const string NeedsReview = "NeedsReview";
    public const string NeedsIdentification = "NeedsIdentification";
    public const string Accepted = "Accepted";
    public const string Retracted = "Retracted";
    public const string Dismissed = "Dismissed";
    public const string Completed = "Completed";
    /// <summary>Staff merged the case into another case of the same person, which took over its messages and replies.</summary>
    public const string Merged = "Merged";

    /// <summary>Statuses in which a case still takes new declarations (one open case per contract).</summary>
    public static IReadOnlyList<string> Open { get; } = [NeedsReview, NeedsIdentification, Accepted];
}
