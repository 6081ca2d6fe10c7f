namespace Intake.Core.Console;

/// <summary>A callback promise: who promised it, when it is due, whether it was kept or escalated.</summary>
public sealed record CallbackEntry
{
    public long Id { get; init; }
    public long CaseId { get; init; }
    public DateTimeOffset DueAt { get; init; }
    public required string PromisedBy { get; init; }
    public string? Note { get; init; }
    public DateTimeOffset? DoneAt { get; init; }
    public string? DoneBy { get; init; }
    public DateTimeOffset? EscalatedAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
