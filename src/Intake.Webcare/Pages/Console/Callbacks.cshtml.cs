using Intake.Storage.Postgres.Webcare;
using Intake.Webcare.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Intake.Webcare.Pages.Console;

/// <summary>Open callback promises: an agent's own (and the IVR's), or everyone's for supervisors; overdue ones in red.</summary>
public sealed class CallbacksModel(CallbackStore callbacks, TimeProvider time) : ConsolePageModel
{
    [BindProperty(SupportsGet = true)] public bool All { get; set; }
    public IReadOnlyList<OpenCallback> Callbacks { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        if (!User.IsSupervisor()) All = false;
        Callbacks = await callbacks.ListOpenAsync(All ? null : User.Actor(), overdueOnly: false, cancellationToken);
    }
}
