namespace Intake.Core.OtherMessages;

/// <summary>One row of the queue: when and how it came, from whom, the start of its text and why the classifier said other.</summary>
public sealed record OtherMessage
{
    /// <summary>How much of the text a row shows.</summary>
    public const int ExcerptLength = 200;

    public required long Id { get; init; }
    public required string Channel { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public required string SenderAddress { get; init; }
    public string? DisplayName { get; init; }
    public string? Subject { get; init; }
    /// <summary>The first <see cref="ExcerptLength"/> characters of the text.</summary>
    public required string Excerpt { get; init; }
    public bool Truncated { get; init; }
    public double Confidence { get; init; }
    public IReadOnlyList<string> Reasons { get; init; } = [];
    public DateTimeOffset? ReviewedAt { get; init; }
    public string? ReviewedBy { get; init; }
}
