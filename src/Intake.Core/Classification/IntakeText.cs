namespace Intake.Core.Classification;

/// <summary>What the classifier reads: the new text of a message and when it reached us.</summary>
public sealed record IntakeText(string Text, string Channel, DateTimeOffset ReceivedAt, string? Subject = null);
