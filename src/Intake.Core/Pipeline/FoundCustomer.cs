namespace Intake.Core.Pipeline;

/// <summary>A customer found for a sender with their open contracts (in id order), read together in one round trip.</summary>
public sealed record FoundCustomer(CustomerMatch Customer, IReadOnlyList<ContractRecord> Contracts)
{
    /// <summary>The same customer, tied only by details the sender typed.</summary>
    public FoundCustomer Unverified() => this with { Customer = Customer with { Verified = false } };
}
