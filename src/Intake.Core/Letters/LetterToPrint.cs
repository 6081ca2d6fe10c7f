namespace Intake.Core.Letters;

/// <summary>A letter in the print queue: which reply of which case, and whether and by whom it was posted.</summary>
public sealed record LetterToPrint
{
    public required long OutboundId { get; init; }
    public required string CaseReference { get; init; }
    public required string Kind { get; init; }
    public required string Language { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? PostedAt { get; init; }
    public string? PostedBy { get; init; }
}
