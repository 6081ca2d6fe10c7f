namespace Intake.Core.Console;

/// <summary>
/// Deactivation, reactivation, password change and admin reset of staff accounts, each with its audit event. Every change
/// that must end sessions raises the account's session version.
/// </summary>
public interface IStaffLifecycle
{
    /// <summary>The audit actor of the command line (deactivate-staff, reactivate-staff).</summary>
    const string CommandLineActor = "command-line";

    /// <summary>Deactivates an active account and ends its sessions; false when unknown or already inactive.</summary>
    Task<bool> DeactivateAsync(long id, string actor, CancellationToken cancellationToken);

    /// <summary>Lets an inactive account sign in again (with its password as it was, unlocked); false when unknown or active.</summary>
    Task<bool> ReactivateAsync(long id, string actor, CancellationToken cancellationToken);

    /// <summary>The user's own new password: ends every session of the account (the caller re-issues its own).</summary>
    Task<bool> ChangePasswordAsync(long id, string passwordHash, CancellationToken cancellationToken);

    /// <summary>An admin's temporary password: ends the account's sessions and asks for a new password at next sign-in.</summary>
    Task<bool> ResetPasswordAsync(long id, string passwordHash, bool generated, string actor, CancellationToken cancellationToken);

    /// <summary>Records an event that changes nothing on the account (a sign-in with OpenID Connect).</summary>
    Task<bool> RecordAsync(long id, StaffEvent staffEvent, string actor, CancellationToken cancellationToken);

    /// <summary>The latest account events, newest first.</summary>
    Task<IReadOnlyList<StaffAuditEntry>> RecentEventsAsync(int limit, CancellationToken cancellationToken);
}
