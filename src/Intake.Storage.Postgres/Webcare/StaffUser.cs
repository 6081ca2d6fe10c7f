namespace Intake.Storage.Postgres.Webcare;

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
}
