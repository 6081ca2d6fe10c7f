namespace Intake.Core.Pipeline;

/// <summary>A customer found for a sender; Verified is false when only details the sender typed tied them.</summary>
public sealed record CustomerMatch(long CustomerId, string? Email, string? Phone, bool Verified);
