namespace Intake.Core.Console;

/// <summary>An audit event: type, who did it, and its data (ids and codes only) as JSON.</summary>
public sealed record CaseAuditEntry
{
    public long Id { get; init; }
    public DateTimeOffset At { get; init; }
    public required string Type { get; init; }
    public required string Actor { get; init; }
    public required string Data { get; init; }
}
