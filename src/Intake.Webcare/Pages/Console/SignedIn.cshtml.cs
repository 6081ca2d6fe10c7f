using Microsoft.AspNetCore.Mvc;

namespace Intake.Webcare.Pages.Console;

/// <summary>
/// Where single sign-on lands: the browser came from the provider, so it withholds the SameSite=Strict console cookie
/// on this request; this page's own navigation onward (refresh or link) is same-site and carries it.
/// </summary>
public sealed class SignedInModel : ConsolePageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string Target => Url.IsLocalUrl(ReturnUrl) && ReturnUrl!.StartsWith("/console", StringComparison.Ordinal) ? ReturnUrl : "/console";

    public void OnGet()
    {
    }
}
