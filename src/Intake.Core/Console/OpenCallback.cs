namespace Intake.Core.Console;

/// <summary>An open callback promise in the callbacks list.</summary>
public sealed record OpenCallback
{
    public long Id { get; init; }
    public required string Reference { get; init; }
    public DateTimeOffset DueAt { get; init; }
    public required string PromisedBy { get; init; }
    public string? Note { get; init; }
    public DateTimeOffset? EscalatedAt { get; init; }
    public required string CaseStatus { get; init; }
}
