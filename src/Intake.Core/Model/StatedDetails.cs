namespace Intake.Core.Model;

/// <summary>What a structured channel (the web form) states outright, so nothing has to be guessed from text.</summary>
public sealed record StatedDetails
{
    public string? AccountNumber { get; init; }
    public string? ContractId { get; init; }
    public string? Kind { get; init; }
    public DateOnly? RequestedDate { get; init; }
    public string? Reason { get; init; }
    public string? ReasonText { get; init; }
    public string? Language { get; init; }
    /// <summary>Contact details the sender typed (email or phone) besides the reply address.</summary>
    public string? ContactEmail { get; init; }
    public string? ContactPhone { get; init; }
    /// <summary>Postcode and house number the sender gave besides the reply address, as a key ("1234AB 12a").</summary>
    public string? PostalKey { get; init; }
}
