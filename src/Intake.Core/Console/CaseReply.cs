namespace Intake.Core.Console;

/// <summary>A reply of the case and where it is on its way.</summary>
public sealed record CaseReply
{
    public long Id { get; init; }
    public required string Kind { get; init; }
    public required string Channel { get; init; }
    public required string Recipient { get; init; }
    public required string Status { get; init; }
    public string? Subject { get; init; }
    public required string Body { get; init; }
    public int Attempts { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
