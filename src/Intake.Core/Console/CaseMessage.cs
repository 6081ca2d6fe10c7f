namespace Intake.Core.Console;

/// <summary>An inbound message of the case.</summary>
public sealed record CaseMessage
{
    public long Id { get; init; }
    public required string Channel { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public required string SenderAddress { get; init; }
    public string? DisplayName { get; init; }
    public string? Subject { get; init; }
    public required string BodyText { get; init; }
    public required string Intent { get; init; }
    public string? Kind { get; init; }
    public double Confidence { get; init; }
    public string? ThreadReference { get; init; }
}
