namespace Intake.Core.Classification.Statistical;

/// <summary>What the statistical model makes of a message: a probability per intent, summing to 1.</summary>
public sealed record IntentProbabilities(double Cancel, double Retract, double Other, double Unclear);
