namespace Intake.Core.Console;

/// <summary>A member of staff as the console's sign-in and staff page see them.</summary>
public sealed record StaffUser
{
    public long Id { get; init; }
    public required string Email { get; init; }
    public required string Role { get; init; }
    public required string PasswordHash { get; init; }
    public int FailedLogins { get; init; }
    public DateTimeOffset? LockedUntil { get; init; }
    public required string Language { get; init; }
    /// <summary>False once an admin deactivated the account: it cannot sign in and its sessions end.</summary>
    public bool Active { get; init; } = true;
    /// <summary>Carried by every session; a session with an older version is refused at its next request.</summary>
    public long SessionVersion { get; init; } = 1;
    /// <summary>Set by an admin reset: the user must choose a new password before anything else.</summary>
    public bool MustChangePassword { get; init; }
}
