using System.Globalization;
using System.Security.Claims;
using Intake.Core.Console;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Logging;

namespace Intake.Webcare.Auth;

/// <summary>
/// Checks every console request's cookie against the staff row: a deactivated account, or a session issued before the
/// account's session version last changed (deactivation, password change or reset), is signed out at once.
/// A changed role or language is taken over without signing in again.
/// </summary>
public sealed class StaffSessionValidator(IStaffUsers users, ILogger<StaffSessionValidator> logger)
{
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal is not { } principal || !long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            await RejectAsync(context);
            return;
        }
        var user = await users.FindAsync(id, context.HttpContext.RequestAborted);
        if (user is not { Active: true } || user.SessionVersion != principal.SessionVersionOf())
        {
            logger.LogInformation("Session of staff user {StaffId} ended: account {State}", id, user is { Active: true } ? "changed" : "inactive");
            await RejectAsync(context);
            return;
        }
        if (user.Role != principal.FindFirstValue(ClaimTypes.Role) || user.Language != principal.FindFirstValue(StaffClaims.Language))
        {
            context.ReplacePrincipal(StaffClaims.Principal(user));
            context.ShouldRenew = true;
        }
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(ConsolePolicies.Scheme);
    }
}
