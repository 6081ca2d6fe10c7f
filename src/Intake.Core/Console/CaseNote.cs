namespace Intake.Core.Console;

/// <summary>A staff note on the case.</summary>
public sealed record CaseNote
{
    public long Id { get; init; }
    public required string Author { get; init; }
    public required string Body { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
