namespace Intake.Core.EffectiveDates;

/// <summary>When a cancellation takes effect, and which rule decided it (shown to staff, cited in tests).</summary>
public sealed record EffectiveDate(DateOnly Date, string Rule);
