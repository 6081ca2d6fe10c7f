namespace Intake.Core.Console;

/// <summary>Staff accounts: sign-in lookups, failed sign-ins and lockout, role and interface language (lifecycle: <see cref="IStaffLifecycle"/>).</summary>
public interface IStaffUsers
{
    Task<StaffUser?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    Task<StaffUser?> FindAsync(long id, CancellationToken cancellationToken);

    Task<IReadOnlyList<StaffUser>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Creates a user; null when the email address is taken.</summary>
    Task<long?> CreateAsync(string email, string role, string passwordHash, string language, CancellationToken cancellationToken);

    /// <summary>Counts a failed sign-in; the account locks until <paramref name="lockUntil"/> once <paramref name="threshold"/> is reached.</summary>
    Task<int> RecordFailureAsync(long id, int threshold, DateTimeOffset lockUntil, CancellationToken cancellationToken);

    Task RecordSuccessAsync(long id, CancellationToken cancellationToken);

    Task UnlockAsync(long id, CancellationToken cancellationToken);

    Task SetLanguageAsync(long id, string language, CancellationToken cancellationToken);

    Task SetRoleAsync(long id, string role, CancellationToken cancellationToken);

    Task SetPasswordHashAsync(long id, string passwordHash, CancellationToken cancellationToken);
}
