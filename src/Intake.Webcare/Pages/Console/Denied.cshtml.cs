using Microsoft.AspNetCore.Http;

namespace Intake.Webcare.Pages.Console;

/// <summary>Where a signed-in staff member lands without the role a page needs: 403.</summary>
public sealed class DeniedModel : ConsolePageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
