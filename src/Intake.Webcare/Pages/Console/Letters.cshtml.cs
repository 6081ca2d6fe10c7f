using Intake.Core.Letters;
using Intake.Webcare.Auth;
using Intake.Webcare.Paging;
using Microsoft.AspNetCore.Mvc;

namespace Intake.Webcare.Pages.Console;

/// <summary>The print queue: letters to customers without an electronic address, to download, print, post and mark posted.</summary>
public sealed class LettersModel(IPrintQueue queue, TimeProvider time) : ConsolePageModel
{
    /// <summary>How long a posted letter stays listed.</summary>
    public static readonly TimeSpan RecentWindow = TimeSpan.FromDays(7);

    [BindProperty(SupportsGet = true)] public int P { get; set; } = 1;
    public ListPage<LetterToPrint> Letters { get; private set; } = ListPage<LetterToPrint>.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var paging = ListPaging.Of(P);
        Letters = ListPage<LetterToPrint>.From(await queue.ListAsync(time.GetUtcNow() - RecentWindow, paging.Offset, paging.Fetch, cancellationToken), paging);
    }

    public string Link(int page) => PageLink.To("/console/letters", page);

    public async Task<IActionResult> OnGetPdfAsync(long id, CancellationToken cancellationToken) =>
        await queue.ReadPdfAsync(id, cancellationToken) is { } pdf ? File(pdf, "application/pdf", $"letter-{id}.pdf") : NotFound();

    public async Task<IActionResult> OnPostPostedAsync(long id, CancellationToken cancellationToken) =>
        await queue.MarkPostedAsync(id, User.Actor(), cancellationToken) ? Back("done.posted") : Back(null, "refused.not-to-print");
}
