namespace Intake.Core.Console;

/// <summary>An identity the customer is known by; staff may undo the links they made.</summary>
public sealed record CustomerLink(long Id, string Kind, string Value, bool Verified, string? LinkedBy);
