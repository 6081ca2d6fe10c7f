namespace Intake.Core.Classification;

/// <summary>The date a customer asked for, or that they asked for the earliest possible one.</summary>
internal sealed record RequestedDate(DateOnly? Date, bool Immediate, string? Cue)
{
    public static RequestedDate None { get; } = new(null, false, null);
}
