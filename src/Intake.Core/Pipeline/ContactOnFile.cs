namespace Intake.Core.Pipeline;

/// <summary>The electronic addresses the directory holds for the customer a case is tied to.</summary>
public sealed record ContactOnFile(string? Email, string? Phone);
