namespace Intake.Core.Console;

/// <summary>A channel that stopped: when it last worked and what is wrong.</summary>
public sealed record ChannelWarning
{
    public required string Channel { get; init; }
    public DateTimeOffset? LastOkAt { get; init; }
    public DateTimeOffset? LastErrorAt { get; init; }
    public string? LastError { get; init; }
}
