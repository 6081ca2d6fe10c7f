namespace Intake.Core.Model;

/// <summary>The kind of a cancellation: ordinary notice, the statutory 14-day withdrawal, or for cause.</summary>
public static class CancellationKinds
{
    public const string Ordinary = "ordinary";
    public const string Withdrawal = "withdrawal";
    public const string Extraordinary = "extraordinary";

    public static IReadOnlyList<string> All { get; } = [Ordinary, Withdrawal, Extraordinary];
}
