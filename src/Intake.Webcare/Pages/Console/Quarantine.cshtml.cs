using Intake.Core.Pipeline;
using Intake.Storage.Postgres.Webcare;
using Microsoft.AspNetCore.Mvc;

namespace Intake.Webcare.Pages.Console;

/// <summary>Raw payloads that could not be taken in, with the reason, and a replay button for after the fix.</summary>
public sealed class QuarantineModel(ConsoleStatusQueries status, QuarantineReplayer replayer) : ConsolePageModel
{
    public IReadOnlyList<QuarantinedPayload> Payloads { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Payloads = await status.QuarantinedAsync(500, cancellationToken);

    public async Task<IActionResult> OnPostReplayAsync(long id, CancellationToken cancellationToken)
    {
        var result = await replayer.ReplayAsync(id, cancellationToken);
        if (result is null) return Back(null, "refused.not-found");
        if (result.Result is { CaseReference: { } reference }) return Redirect("/console/cases/" + Uri.EscapeDataString(reference));
        return result.Quarantined ? Back(null, "refused.still-quarantined") : Back("done.replayed");
    }
}
