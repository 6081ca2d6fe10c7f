using Intake.Webcare.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intake.Webcare.Pages.Console;

/// <summary>Sign-in with email and password; repeated failures lock the account.</summary>
public sealed class LoginModel(StaffSignIn signIn) : ConsolePageModel
{
    [BindProperty] public string Email { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await signIn.SignInAsync(HttpContext, Email, Password, cancellationToken);
        if (outcome == SignInOutcome.SignedIn)
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl!.StartsWith('/') ? ReturnUrl : "/console");
        (Message, Response.StatusCode) = outcome switch
        {
            SignInOutcome.LockedOut => ("login.locked", StatusCodes.Status423Locked),
            SignInOutcome.Deactivated => ("login.deactivated", StatusCodes.Status403Forbidden),
            _ => ("login.rejected", StatusCodes.Status401Unauthorized),
        };
        return Page();
    }
}
