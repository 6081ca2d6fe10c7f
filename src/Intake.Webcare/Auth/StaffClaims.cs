using System.Globalization;
using System.Security.Claims;
using Intake.Core.Console;
using Intake.Core.Languages;

namespace Intake.Webcare.Auth;

/// <summary>The claims of a signed-in staff member: id, email, role, interface language, session version, and a pending password change.</summary>
public static class StaffClaims
{
    public const string Language = "intake:lang";
    public const string SessionVersion = "intake:session";
    public const string MustChangePassword = "intake:must-change-password";

    public static ClaimsPrincipal Principal(StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, user.Email),
            new Claim(ClaimTypes.Role, user.Role),
            new Claim(Language, user.Language),
            new Claim(SessionVersion, user.SessionVersion.ToString(CultureInfo.InvariantCulture)),
        ], ConsolePolicies.Scheme);
        if (user.MustChangePassword) identity.AddClaim(new Claim(MustChangePassword, "true"));
        return new ClaimsPrincipal(identity);
    }

    public static long StaffId(this ClaimsPrincipal user) =>
        long.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not a staff member."), CultureInfo.InvariantCulture);

    /// <summary>The audit actor of this staff member: staff:&lt;id&gt;.</summary>
    public static string Actor(this ClaimsPrincipal user) => "staff:" + user.StaffId().ToString(CultureInfo.InvariantCulture);

    public static string LanguageOf(this ClaimsPrincipal user) => SupportedLanguages.Normalise(user.FindFirstValue(Language));

    /// <summary>The session version the cookie was issued with; 0 for a cookie from before versions existed.</summary>
    public static long SessionVersionOf(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(SessionVersion), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : 0;

    /// <summary>True after an admin reset, until the staff member chose a new password.</summary>
    public static bool MustChangePasswordNow(this ClaimsPrincipal user) => user.HasClaim(MustChangePassword, "true");

    public static bool IsSupervisor(this ClaimsPrincipal user) => user.IsInRole(StaffRoles.Supervisor) || user.IsInRole(StaffRoles.Admin);
}
