using Intake.Core.Console;
using Intake.Core.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.Webcare.Auth;

/// <summary>Checks a staff password with PasswordHasher, counts failures and locks the account after too many; refuses deactivated accounts.</summary>
public sealed class StaffSignIn(
    IStaffUsers users, IPasswordHasher<StaffUser> hasher, IOptions<WebcareOptions> options, TimeProvider time, ILogger<StaffSignIn> logger)
{
    // Verifying against a real hash for unknown accounts keeps the answer time the same: no account enumeration.
    private static readonly string DecoyHash = StaffPasswordHash.Create(Guid.NewGuid().ToString("N"));

    public async Task<SignInOutcome> SignInAsync(HttpContext http, string email, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var normalised = SenderAddress.NormaliseEmail(email) ?? "";
        var user = normalised.Length == 0 ? null : await users.FindByEmailAsync(normalised, cancellationToken);
        var now = time.GetUtcNow();
        var verdict = hasher.VerifyHashedPassword(user!, user?.PasswordHash ?? DecoyHash, password ?? "");
        if (user is null) return SignInOutcome.Rejected;
        if (user.LockedUntil is { } until && until > now)
        {
            logger.LogWarning("Sign-in refused for locked staff user {StaffId}", user.Id);
            return SignInOutcome.LockedOut;
        }
        if (verdict == PasswordVerificationResult.Failed)
        {
            var settings = options.Value;
            var failures = await users.RecordFailureAsync(user.Id, settings.LockoutThreshold, now + settings.LockoutDuration, cancellationToken);
            logger.LogWarning("Failed sign-in {Failures} for staff user {StaffId}", failures, user.Id);
            return failures >= settings.LockoutThreshold ? SignInOutcome.LockedOut : SignInOutcome.Rejected;
        }
        if (!user.Active)
        {
            logger.LogWarning("Sign-in refused for deactivated staff user {StaffId}", user.Id);
            return SignInOutcome.Deactivated;
        }
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
            await users.SetPasswordHashAsync(user.Id, hasher.HashPassword(user, password!), cancellationToken);
        await users.RecordSuccessAsync(user.Id, cancellationToken);
        await http.SignInAsync(ConsolePolicies.Scheme, StaffClaims.Principal(user));
        logger.LogInformation("Staff user {StaffId} signed in", user.Id);
        return SignInOutcome.SignedIn;
    }

    /// <summary>Re-issues the cookie from the staff row: after a language change, or with the new session version after a password change.</summary>
    public async Task RefreshAsync(HttpContext http, long staffId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (await users.FindAsync(staffId, cancellationToken) is { } user)
            await http.SignInAsync(ConsolePolicies.Scheme, StaffClaims.Principal(user));
    }
}
