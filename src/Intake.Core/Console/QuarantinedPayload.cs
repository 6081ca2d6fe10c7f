namespace Intake.Core.Console;

/// <summary>A raw payload kept in quarantine, with the reason, for staff to replay.</summary>
public sealed record QuarantinedPayload
{
    public long Id { get; init; }
    public required string Channel { get; init; }
    public required string ContentType { get; init; }
    public int Size { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public string? Reason { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
