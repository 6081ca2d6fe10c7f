namespace Intake.Core.Console;

/// <summary>An account event of one staff member: type, who did it, and its data (ids and codes only) as JSON.</summary>
public sealed record StaffAuditEntry
{
    public long Id { get; init; }
    public long StaffId { get; init; }
    public DateTimeOffset At { get; init; }
    public required string Type { get; init; }
    public required string Actor { get; init; }
    public required string Data { get; init; }
}
