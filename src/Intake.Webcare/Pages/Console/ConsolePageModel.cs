using System.Security.Claims;
using Intake.Core.Console;
using Intake.Core.Languages;
using Intake.Webcare.Auth;
using Intake.Webcare.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Webcare.Pages.Console;

/// <summary>Base of every console page: the staff member's language, the frame's warnings, and one-shot status messages.</summary>
public abstract class ConsolePageModel : PageModel
{
    public ConsoleText Text { get; private set; } = ConsoleText.For(SupportedLanguages.Default);
    public ConsoleLayoutState Frame { get; private set; } = ConsoleLayoutState.Anonymous;

    /// <summary>A text key saying what the last action did, shown once after the redirect.</summary>
    [TempData] public string? Done { get; set; }
    /// <summary>A text key saying why the last action was refused.</summary>
    [TempData] public string? Refused { get; set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var signedIn = User.Identity?.IsAuthenticated == true;
        if (signedIn && User.MustChangePasswordNow() && !OpenDuringPasswordChange)
        {
            context.Result = Redirect(PasswordModel.Path);
            return;
        }
        Text = ConsoleText.For(signedIn ? User.LanguageOf() : Request.Query["lang"].ToString());
        if (signedIn)
        {
            var services = HttpContext.RequestServices;
            var status = services.GetRequiredService<IConsoleStatus>();
            var ct = HttpContext.RequestAborted;
            var overdue = await services.GetRequiredService<IStaffCallbacks>().ListOpenAsync(User.Actor(), overdueOnly: true, 0, null, ct);
            Frame = new ConsoleLayoutState(User.FindFirstValue(ClaimTypes.Name) ?? "", User.IsSupervisor(), User.IsInRole(StaffRoles.Admin),
                await status.ChannelWarningsAsync(ct), overdue.Count, await status.QuarantinedCountAsync(ct));
        }
        ViewData["Text"] = Text;
        ViewData["Frame"] = Frame;
        await next();
    }

    /// <summary>Whether a staff member who must choose a new password (after an admin reset) may open this page.</summary>
    protected virtual bool OpenDuringPasswordChange => false;

    /// <summary>Post-redirect-get: back to this page with a status message.</summary>
    protected RedirectToPageResult Back(string? done, string? refused = null, object? routeValues = null)
    {
        Done = done;
        Refused = refused;
        return RedirectToPage(routeValues);
    }
}
