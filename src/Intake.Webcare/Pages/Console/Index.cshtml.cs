using Intake.Core.Console;
using Intake.Core.OtherMessages;
using Intake.Webcare.Auth;
using Intake.Webcare.Paging;
using Microsoft.AspNetCore.Mvc;

namespace Intake.Webcare.Pages.Console;

/// <summary>The queues with their counts, filtered by channel, and search across every channel.</summary>
public sealed class IndexModel(IConsoleQueues queues, IOtherMessageQueue others, TimeProvider time) : ConsolePageModel
{
    [BindProperty(SupportsGet = true)] public string Queue { get; set; } = ConsoleQueue.NeedsReview;
    [BindProperty(SupportsGet = true)] public string? Channel { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int P { get; set; } = 1;
    public QueueCounts Counts { get; private set; } = new(0, 0, 0, 0, 0, 0, 0);
    public ListPage<CaseListItem> Cases { get; private set; } = ListPage<CaseListItem>.Empty;
    public DateTimeOffset Now { get; private set; }
    /// <summary>Messages filed as other that still wait for a look (the "not a cancellation" queue).</summary>
    public int OtherCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        if (!ConsoleQueue.All.Contains(Queue, StringComparer.Ordinal)) Queue = ConsoleQueue.NeedsReview;
        if (!Intake.Core.Model.Channels.IsKnown(Channel)) Channel = null;
        if (string.IsNullOrWhiteSpace(Q)) Q = null;
        Counts = await queues.CountAsync(Channel, User.StaffId(), Now, cancellationToken);
        OtherCount = await others.CountAsync(Channel, cancellationToken);
        var paging = ListPaging.Of(P);
        Cases = ListPage<CaseListItem>.From(Q is null
            ? await queues.ListAsync(Queue, Channel, User.StaffId(), Now, paging.Offset, paging.Fetch, cancellationToken)
            : await queues.SearchAsync(Q, Channel, paging.Offset, paging.Fetch, cancellationToken), paging);
    }

    /// <summary>This list on another page, with its queue, channel and search kept.</summary>
    public string Link(int page) => PageLink.To("/console", page, ("queue", Queue), ("channel", Channel), ("q", Q));

    public IEnumerable<(string Queue, int Count, int Overdue)> Tabs()
    {
        yield return (ConsoleQueue.Mine, Counts.Mine, 0);
        yield return (ConsoleQueue.NeedsReview, Counts.NeedsReview, 0);
        yield return (ConsoleQueue.NeedsIdentification, Counts.NeedsIdentification, 0);
        yield return (ConsoleQueue.ConfirmationOwed, Counts.ConfirmationOwed, 0);
        yield return (ConsoleQueue.Callbacks, Counts.CallbacksOpen, Counts.CallbacksOverdue);
        yield return (ConsoleQueue.RecentlyConfirmed, Counts.RecentlyConfirmed, 0);
    }
}
