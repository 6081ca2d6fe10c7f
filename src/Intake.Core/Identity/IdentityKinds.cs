namespace Intake.Core.Identity;

/// <summary>What an identity link ties to a customer.</summary>
public static class IdentityKinds
{
    public const string Email = "email";
    public const string Phone = "phone";
    public const string X = "x";
    public const string Account = "account";
}
