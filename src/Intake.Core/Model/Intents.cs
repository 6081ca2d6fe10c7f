namespace Intake.Core.Model;

/// <summary>What a message asks for, as the classifier decides it.</summary>
public static class Intents
{
    public const string Cancel = "cancel";
    public const string Retract = "retract";
    public const string Other = "other";
    public const string Unclear = "unclear";

    public static IReadOnlyList<string> All { get; } = [Cancel, Retract, Other, Unclear];
}
