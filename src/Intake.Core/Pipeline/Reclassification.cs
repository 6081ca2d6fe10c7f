namespace Intake.Core.Pipeline;

/// <summary>A staff member read a stored message otherwise than the classifier: who, and what it was filed as before.</summary>
public sealed record Reclassification(string Actor, string From);
