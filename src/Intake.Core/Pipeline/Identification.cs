namespace Intake.Core.Pipeline;

/// <summary>Who a message is from and which contract it is about, as far as we could tell.</summary>
public sealed record Identification(CustomerMatch? Customer, ContractRecord? Contract, bool ContractAmbiguous)
{
    /// <summary>Nobody: nothing of the message is tied to a customer.</summary>
    public static Identification None { get; } = new(null, null, false);
}
