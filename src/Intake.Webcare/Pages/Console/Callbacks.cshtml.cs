using Intake.Core.Console;
using Intake.Webcare.Auth;
using Intake.Webcare.Paging;
using Microsoft.AspNetCore.Mvc;

namespace Intake.Webcare.Pages.Console;

/// <summary>Open callback promises: an agent's own (and the IVR's), or everyone's for supervisors; overdue ones in red.</summary>
public sealed class CallbacksModel(IStaffCallbacks callbacks, TimeProvider time) : ConsolePageModel
{
    [BindProperty(SupportsGet = true)] public bool All { get; set; }
    [BindProperty(SupportsGet = true)] public int P { get; set; } = 1;
    public ListPage<OpenCallback> Callbacks { get; private set; } = ListPage<OpenCallback>.Empty;
    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        if (!User.IsSupervisor()) All = false;
        var paging = ListPaging.Of(P);
        Callbacks = ListPage<OpenCallback>.From(
            await callbacks.ListOpenAsync(All ? null : User.Actor(), overdueOnly: false, paging.Offset, paging.Fetch, cancellationToken), paging);
    }

    public string Link(int page) => PageLink.To("/console/callbacks", page, ("all", All ? "true" : null));
}
