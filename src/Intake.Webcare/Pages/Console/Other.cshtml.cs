using Intake.Core.OtherMessages;
using Intake.Core.Pipeline;
using Intake.Webcare.Auth;
using Microsoft.AspNetCore.Mvc;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Webcare.Pages.Console;

/// <summary>
/// "Not a cancellation": messages the classifier filed as other, newest first, searchable; staff turn one into a
/// cancellation (through the pipeline) or mark it done. Shows the classifier's live miss rate.
/// </summary>
public sealed class OtherModel(IOtherMessageQueue queue, IOtherMessageReviews reviews, IntakePipeline pipeline, TimeProvider time) : ConsolePageModel
{
    public const int PageSize = 50;
    /// <summary>"Show more" stops here; the total still says how many match, so refine the search beyond it.</summary>
    public const int MaxPages = 20;
    public static TimeSpan MissRateWindow { get; } = TimeSpan.FromDays(30);

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Channel { get; set; }
    [BindProperty(SupportsGet = true)] public bool Reviewed { get; set; }
    [BindProperty(SupportsGet = true)] public int P { get; set; } = 1;
    public OtherMessagePage Messages { get; private set; } = new([], 0);
    public MissRate MissRate { get; private set; } = new(0, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Normalise();
        Messages = await queue.ListAsync(new OtherMessageQuery(Q, Channel, Reviewed, P * PageSize), cancellationToken);
        MissRate = await reviews.MissRateAsync(time.GetUtcNow() - MissRateWindow, cancellationToken);
    }

    public async Task<IActionResult> OnPostReclassifyAsync(long id, CancellationToken cancellationToken)
    {
        var result = await pipeline.ReclassifyAsCancellationAsync(id, User.Actor(), cancellationToken);
        if (result.CaseReference is not { } reference) return Back(null, "refused." + result.Outcome, Filters());
        Done = "done.reclassified";
        return Redirect("/console/cases/" + Uri.EscapeDataString(reference));
    }

    public async Task<IActionResult> OnPostReviewedAsync(long id, CancellationToken cancellationToken) =>
        await reviews.MarkReviewedAsync(id, User.Actor(), time.GetUtcNow(), cancellationToken)
            ? Back("done.reviewed", null, Filters()) : Back(null, "refused.not-found", Filters());

    public bool HasMore => Messages.Messages.Count < Messages.Total && P < MaxPages;

    /// <summary>The query string of this view with other values, for links.</summary>
    public string Link(bool? reviewed = null, int? page = null)
    {
        var values = new List<string>();
        if (Q is not null) values.Add("q=" + Uri.EscapeDataString(Q));
        if (Channel is not null) values.Add("channel=" + Uri.EscapeDataString(Channel));
        if (reviewed ?? Reviewed) values.Add("reviewed=true");
        if ((page ?? P) > 1) values.Add("p=" + (page ?? P).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "/console/other" + (values.Count == 0 ? "" : "?" + string.Join("&", values));
    }

    private object Filters()
    {
        Normalise();
        return new { q = Q, channel = Channel, reviewed = Reviewed ? "true" : null };
    }

    private void Normalise()
    {
        if (!ChannelValues.IsKnown(Channel)) Channel = null;
        Q = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();
        P = Math.Clamp(P, 1, MaxPages);
    }
}
