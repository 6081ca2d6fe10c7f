namespace Intake.Core.Console;

/// <summary>How many cases of one week and channel gave one reason ("unknown" when none was given).</summary>
public sealed record ReasonCount(string Week, string Channel, string Reason, int Cases);
