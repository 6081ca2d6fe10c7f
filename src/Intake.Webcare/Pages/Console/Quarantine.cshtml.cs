using Intake.Core.Console;
using Intake.Core.Pipeline;
using Intake.Webcare.Paging;
using Microsoft.AspNetCore.Mvc;

namespace Intake.Webcare.Pages.Console;

/// <summary>Raw payloads that could not be taken in, with the reason, and a replay button for after the fix.</summary>
public sealed class QuarantineModel(IConsoleStatus status, QuarantineReplayer replayer) : ConsolePageModel
{
    [BindProperty(SupportsGet = true)] public int P { get; set; } = 1;
    public ListPage<QuarantinedPayload> Payloads { get; private set; } = ListPage<QuarantinedPayload>.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var paging = ListPaging.Of(P);
        Payloads = ListPage<QuarantinedPayload>.From(await status.QuarantinedAsync(paging.Offset, paging.Fetch, cancellationToken), paging,
            await status.QuarantinedCountAsync(cancellationToken));
    }

    public string Link(int page) => PageLink.To("/console/quarantine", page);

    public async Task<IActionResult> OnPostReplayAsync(long id, CancellationToken cancellationToken)
    {
        var result = await replayer.ReplayAsync(id, cancellationToken);
        if (result is null) return Back(null, "refused.not-found");
        if (result.Result is { CaseReference: { } reference }) return Redirect("/console/cases/" + Uri.EscapeDataString(reference));
        return result.Quarantined ? Back(null, "refused.still-quarantined") : Back("done.replayed");
    }
}
