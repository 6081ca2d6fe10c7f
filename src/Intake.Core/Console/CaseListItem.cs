namespace Intake.Core.Console;

/// <summary>A case in a console queue or search result.</summary>
public sealed record CaseListItem
{
    public required string Reference { get; init; }
    public required string Status { get; init; }
    public string? Kind { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public required string FirstChannel { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public string? AccountNumber { get; init; }
    public string? Product { get; init; }
    public DateTimeOffset? CallbackDueAt { get; init; }
    public string? CallbackOwner { get; init; }
    public bool DeliveryFailed { get; init; }
    /// <summary>The email address of the staff member who has the case; null when nobody has it.</summary>
    public string? Assignee { get; init; }
}
