using Intake.Webcare.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace Intake.Webcare.Pages.Console;

/// <summary>Signs out (POST only, so a link cannot do it).</summary>
public sealed class LogoutModel : ConsolePageModel
{
    protected override bool OpenDuringPasswordChange => true;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(ConsolePolicies.Scheme);
        return Redirect("/console/login");
    }
}
