using Hangfire.Dashboard;
using Intake.Core.Console;

namespace Intake.Webcare.Auth;

/// <summary>Lets only admins into the Hangfire dashboard (besides the endpoint's admin policy, not instead of it), not while a password change is pending.</summary>
internal sealed class AdminDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        context.GetHttpContext().User is { Identity.IsAuthenticated: true } user && user.IsInRole(StaffRoles.Admin) && !user.MustChangePasswordNow();
}
