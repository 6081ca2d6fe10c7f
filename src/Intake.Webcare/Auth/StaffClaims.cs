using System.Globalization;
using System.Security.Claims;
using Intake.Core.Languages;
using Intake.Storage.Postgres.Webcare;

namespace Intake.Webcare.Auth;

/// <summary>The claims of a signed-in staff member: id, email, role and interface language.</summary>
public static class StaffClaims
{
    public const string Language = "intake:lang";

    public static ClaimsPrincipal Principal(StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, user.Email),
            new Claim(ClaimTypes.Role, user.Role),
            new Claim(Language, user.Language),
        ], ConsolePolicies.Scheme);
        return new ClaimsPrincipal(identity);
    }

    public static long StaffId(this ClaimsPrincipal user) =>
        long.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not a staff member."), CultureInfo.InvariantCulture);

    /// <summary>The audit actor of this staff member: staff:&lt;id&gt;.</summary>
    public static string Actor(this ClaimsPrincipal user) => "staff:" + user.StaffId().ToString(CultureInfo.InvariantCulture);

    public static string LanguageOf(this ClaimsPrincipal user) => SupportedLanguages.Normalise(user.FindFirstValue(Language));

    public static bool IsSupervisor(this ClaimsPrincipal user) => user.IsInRole(StaffRoles.Supervisor) || user.IsInRole(StaffRoles.Admin);
}
