namespace Intake.Core.Identity;

/// <summary>What an identity link ties to a customer.</summary>
public static class IdentityKinds
{
    public const string Email = "email";
    public const string Phone = "phone";
    public const string X = "x";
    public const string Account = "account";
    /// <summary>Postcode and house number ("1234AB 12a"): a match by it is never verified, anyone can write an address.</summary>
    public const string Postal = "postal";
}
