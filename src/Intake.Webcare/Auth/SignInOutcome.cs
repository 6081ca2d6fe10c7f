namespace Intake.Webcare.Auth;

/// <summary>What became of a sign-in attempt.</summary>
public enum SignInOutcome
{
    SignedIn,
    Rejected,
    LockedOut,
    /// <summary>The password was right but an admin deactivated the account.</summary>
    Deactivated,
}
