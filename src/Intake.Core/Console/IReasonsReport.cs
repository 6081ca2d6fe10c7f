namespace Intake.Core.Console;

/// <summary>Why customers leave: cases with a reason, counted per ISO week of receipt and per first channel.</summary>
public interface IReasonsReport
{
    /// <summary>Rows for cases received from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive), Amsterdam weeks.</summary>
    Task<IReadOnlyList<ReasonCount>> CountAsync(DateTimeOffset from, DateTimeOffset to, string? channel, CancellationToken cancellationToken);
}
