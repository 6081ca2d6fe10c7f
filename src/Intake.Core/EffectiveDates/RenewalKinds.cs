namespace Intake.Core.EffectiveDates;

/// <summary>The values of <see cref="ContractTerms.Renewal"/>: what happens to a contract when its minimum term ends.</summary>
public static class RenewalKinds
{
    /// <summary>Ends at its term end; if it runs on anyway, it is treated as indefinite.</summary>
    public const string Fixed = "fixed";

    /// <summary>Renews silently at its term end, then runs indefinitely.</summary>
    public const string Tacit = "tacit";

    /// <summary>Indefinite, billed per month.</summary>
    public const string Monthly = "monthly";

    /// <summary>Indefinite, no renewal at all.</summary>
    public const string None = "none";

    public static IReadOnlyList<string> All { get; } = [Fixed, Tacit, Monthly, None];
}
