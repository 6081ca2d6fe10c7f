using Intake.Webcare.Auth;
using Intake.Webcare.Auth.OpenIdConnect;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Intake.Webcare.Pages.Console;

/// <summary>Sign-in with email and password (repeated failures lock the account), or with OpenID Connect when configured.</summary>
public sealed class LoginModel(StaffSignIn signIn, IOptions<ConsoleOpenIdConnectOptions> sso) : ConsolePageModel
{
    [BindProperty] public string Email { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Message { get; private set; }

    /// <summary>The name on the single sign-on button; null when OpenID Connect is off.</summary>
    public string? SsoName => sso.Value.Enabled ? sso.Value.DisplayName : null;

    public void OnGet(string? error)
    {
        if (error == "sso") Message = "login.sso-refused";
    }

    public IActionResult OnPostSso()
    {
        if (SsoName is null) return NotFound();
        var redirect = "/console/signed-in?returnUrl=" + Uri.EscapeDataString(Target());
        return Challenge(new AuthenticationProperties { RedirectUri = redirect }, ConsoleOpenIdConnectOptions.Scheme);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await signIn.SignInAsync(HttpContext, Email, Password, cancellationToken);
        if (outcome == SignInOutcome.SignedIn)
            return LocalRedirect(Target());
        (Message, Response.StatusCode) = outcome switch
        {
            SignInOutcome.LockedOut => ("login.locked", StatusCodes.Status423Locked),
            SignInOutcome.Deactivated => ("login.deactivated", StatusCodes.Status403Forbidden),
            _ => ("login.rejected", StatusCodes.Status401Unauthorized),
        };
        return Page();
    }

    private string Target() => Url.IsLocalUrl(ReturnUrl) && ReturnUrl!.StartsWith('/') ? ReturnUrl : "/console";
}
