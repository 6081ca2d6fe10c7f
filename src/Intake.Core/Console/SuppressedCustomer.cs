namespace Intake.Core.Console;

/// <summary>A customer who must not get a retention call, with the details other systems match on.</summary>
public sealed record SuppressedCustomer
{
    public required string AccountNumber { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? XUserId { get; init; }
    public DateTimeOffset Since { get; init; }
    public required string LatestReference { get; init; }
    public required string LatestStatus { get; init; }
    public DateOnly? EffectiveDate { get; init; }
}
