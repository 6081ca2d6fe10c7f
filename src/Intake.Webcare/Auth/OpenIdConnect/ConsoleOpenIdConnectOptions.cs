namespace Intake.Webcare.Auth.OpenIdConnect;

/// <summary>Optional single sign-on for the console (section Intake:Webcare:OpenIdConnect): Microsoft Entra ID, Google or any OpenID Connect provider.</summary>
public sealed class ConsoleOpenIdConnectOptions
{
    public const string Section = "Intake:Webcare:OpenIdConnect";
    public const string Scheme = "WebcareOidc";

    /// <summary>Off by default; on, the sign-in page offers a button next to the password form.</summary>
    public bool Enabled { get; set; }
    /// <summary>The provider's issuer, e.g. https://login.microsoftonline.com/{tenant}/v2.0 or https://accounts.google.com.</summary>
    public string Authority { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    /// <summary>The name on the sign-in button ("Microsoft", "Google").</summary>
    public string DisplayName { get; set; } = "single sign-on";
    /// <summary>Only email addresses in these domains may sign in this way; empty: any domain of an existing staff account.</summary>
    public IList<string> AllowedEmailDomains { get; } = [];
    /// <summary>The ID token claim that carries the user's roles or groups ("roles" for Entra app roles).</summary>
    public string RoleClaim { get; set; } = "roles";
    /// <summary>Provider role → console role (agent, supervisor, admin). Empty: the account keeps its own role; set: the highest mapped role applies and a user without one is refused.</summary>
    public IDictionary<string, string> RoleMap { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
    /// <summary>Only for a provider on a development machine (http://127.0.0.1); always true in production.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}
