using Intake.Core.Console;
using Intake.Core.Languages;
using Intake.Webcare.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Intake.Webcare.Pages.Console;

/// <summary>Switches the staff member's interface language (kept with their account) and returns to where they were.</summary>
public sealed class LanguageModel(IStaffUsers users, StaffSignIn signIn) : ConsolePageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string language, string? returnUrl, CancellationToken cancellationToken)
    {
        var id = User.StaffId();
        await users.SetLanguageAsync(id, SupportedLanguages.Normalise(language), cancellationToken);
        await signIn.RefreshAsync(HttpContext, id, cancellationToken);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) && returnUrl!.StartsWith("/console", StringComparison.Ordinal) ? returnUrl : "/console");
    }
}
