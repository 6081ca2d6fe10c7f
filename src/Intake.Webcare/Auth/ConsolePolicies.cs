using Intake.Core.Console;
using Microsoft.AspNetCore.Authorization;

namespace Intake.Webcare.Auth;

/// <summary>The console's cookie scheme and its role policies.</summary>
public static class ConsolePolicies
{
    public const string Scheme = "Webcare";
    public const string Staff = "webcare-staff";
    public const string Supervisor = "webcare-supervisor";
    public const string Admin = "webcare-admin";

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Staff, Policy(StaffRoles.Agent, StaffRoles.Supervisor, StaffRoles.Admin));
        options.AddPolicy(Supervisor, Policy(StaffRoles.Supervisor, StaffRoles.Admin));
        options.AddPolicy(Admin, Policy(StaffRoles.Admin));
    }

    private static AuthorizationPolicy Policy(params string[] roles) =>
        new AuthorizationPolicyBuilder(Scheme).RequireAuthenticatedUser().RequireRole(roles).Build();
}
