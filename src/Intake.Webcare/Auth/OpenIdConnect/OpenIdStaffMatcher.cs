using System.Globalization;
using System.Security.Claims;
using Intake.Core.Console;
using Intake.Core.Identity;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.Webcare.Auth.OpenIdConnect;

/// <summary>
/// Ties a validated OpenID Connect sign-in to an existing, active staff account by its email address, applies the
/// provider's roles when a role map is configured, records the sign-in, and hands the console its own principal.
/// </summary>
public sealed class OpenIdStaffMatcher(
    IStaffUsers users, IStaffLifecycle lifecycle, IOptions<ConsoleOpenIdConnectOptions> options, ILogger<OpenIdStaffMatcher> logger)
{
    public async Task OnTokenValidatedAsync(TokenValidatedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (user, refusal) = await MatchAsync(context.Principal ?? new ClaimsPrincipal(), context.HttpContext.RequestAborted);
        if (user is null)
        {
            logger.LogWarning("OpenID Connect sign-in refused: {Reason}", refusal);
            context.Fail(refusal);
            return;
        }
        var data = new Dictionary<string, object?> { ["role"] = user.Role, ["roleFromProvider"] = options.Value.RoleMap.Count > 0 };
        await lifecycle.RecordAsync(user.Id, new StaffEvent("signed_in_oidc", data), "staff:" + user.Id.ToString(CultureInfo.InvariantCulture),
            context.HttpContext.RequestAborted);
        logger.LogInformation("Staff user {StaffId} signed in with OpenID Connect", user.Id);
        // No password is involved, so a pending password change does not stand in the way.
        context.Principal = StaffClaims.Principal(user with { MustChangePassword = false });
    }

    private async Task<(StaffUser? User, string Refusal)> MatchAsync(ClaimsPrincipal external, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var email = SenderAddress.NormaliseEmail(external.FindFirstValue("email") ?? external.FindFirstValue("preferred_username"));
        if (email is null) return (null, "no email address in the ID token");
        if (external.FindFirstValue("email_verified") is { } verified && !(bool.TryParse(verified, out var yes) && yes))
            return (null, "email address not verified");
        var domain = email[(email.LastIndexOf('@') + 1)..];
        if (settings.AllowedEmailDomains.Count > 0 && !settings.AllowedEmailDomains.Contains(domain, StringComparer.OrdinalIgnoreCase))
            return (null, "email domain not allowed");
        var user = await users.FindByEmailAsync(email, cancellationToken);
        if (user is not { Active: true }) return (null, user is null ? "no staff account" : $"staff user {user.Id} is deactivated");
        if (settings.RoleMap.Count == 0) return (user, "");
        var role = external.FindAll(settings.RoleClaim)
            .Select(claim => settings.RoleMap.TryGetValue(claim.Value, out var mapped) ? mapped : null)
            .Where(StaffRoles.IsKnown)
            .MaxBy(mapped => StaffRoles.Rank(mapped!));
        if (role is null) return (null, $"staff user {user.Id} has no console role at the provider");
        if (role != user.Role) await users.SetRoleAsync(user.Id, role, cancellationToken);
        return (user with { Role = role }, "");
    }
}
