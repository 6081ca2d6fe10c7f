using Intake.Core.Cases;
using Intake.Core.Console;
using Intake.Core.Model;
using Intake.Core.Pipeline;
using Intake.Webcare.Attachments;
using Intake.Webcare.Auth;
using Intake.Webcare.Cases;
using Intake.Webcare.Text;
using Microsoft.AspNetCore.Mvc;

namespace Intake.Webcare.Pages.Console;

/// <summary>One case: receipt time, customer, the timeline on every channel, and the actions staff take on it.</summary>
public sealed class CaseModel(
    ICaseFiles files, IStaffUsers staff, ICaseChanges changes, CaseDecisions decisions, ICaseReplies replies,
    StaffReplyComposer composer, ICaseAnnotations annotations, IStaffCallbacks callbacks, ICaseMails mails, ICaseAssignments assignments, IIntakeSignal signal,
    TimeProvider time) : ConsolePageModel
{
    [BindProperty(SupportsGet = true)] public string Reference { get; set; } = "";
    public CaseFile Record { get; private set; } = null!;
    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];
    public CustomerCandidate? Candidate { get; private set; }
    public DateTimeOffset Now { get; private set; }
    /// <summary>Staff by audit actor (staff:&lt;id&gt;), for names on the page.</summary>
    public IReadOnlyDictionary<string, string> StaffNames { get; private set; } = new Dictionary<string, string>();
    /// <summary>Who can be given the case: active staff only.</summary>
    public IReadOnlyList<StaffUser> Assignees { get; private set; } = [];
    /// <summary>The case's emails kept as received (for the raw .eml), each with its attachments.</summary>
    public IReadOnlyList<(CaseMessage Message, IReadOnlyList<MailAttachment> Attachments)> Mails { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        Reference = Reference.Trim().ToUpperInvariant();
        if (await files.GetAsync(Reference, cancellationToken) is not { } file) return NotFound();
        Record = file;
        var everyone = await staff.ListAsync(cancellationToken);
        StaffNames = everyone.ToDictionary(s => "staff:" + s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), s => s.Email, StringComparer.Ordinal);
        Assignees = [.. everyone.Where(s => s.Active)];
        Timeline = CaseTimeline.Build(file, Text, StaffNames);
        var messages = file.Messages.ToDictionary(m => m.Id);
        Mails = [.. (await mails.ListAsync(Reference, cancellationToken))
            .Where(m => messages.ContainsKey(m.MessageId))
            .Select(m => (messages[m.MessageId], MailAttachments.List(m.Raw)))];
        if (Request.Query["account"].ToString() is { Length: > 0 } account)
            Candidate = await changes.FindCustomerAsync(account, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostConfirmAsync(string kind, long? messageId, CancellationToken cancellationToken) =>
        ChangeAsync(c => decisions.Confirm(c, kind, messageId), "done.confirmed", cancellationToken);

    public async Task<IActionResult> OnPostMergeAsync(string? other, bool confirmMerge, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(other) || !confirmMerge) return Back(null, "refused.merge-confirm");
        var outcome = await changes.MergeAsync(Reference, other.Trim().ToUpperInvariant(), User.Actor(), decisions.Merge, cancellationToken);
        if (!outcome.Applied) return Back(null, "refused." + outcome.Refusal);
        if (outcome.RepliesQueued > 0) signal.OutboxWritten();
        return Back("done.merged", null, new { reference = outcome.RemainingReference });
    }

    public Task<IActionResult> OnPostDismissAsync(string reason, CancellationToken cancellationToken) =>
        ChangeAsync(c => decisions.Dismiss(c, reason), "done.dismissed", cancellationToken);

    public async Task<IActionResult> OnPostLinkAsync(string account, long? contractId, bool linkAddress, CancellationToken cancellationToken)
    {
        if (await changes.FindCustomerAsync(account ?? "", cancellationToken) is not { } customer) return Back(null, "refused.no-customer");
        if (contractId is null && customer.Contracts.Count > 1)
            return Back(null, "refused.choose-contract", new { Reference, account = customer.AccountNumber });
        return await ChangeAsync(c => decisions.Link(c, customer, contractId, linkAddress), "done.linked", cancellationToken);
    }

    public async Task<IActionResult> OnPostUnlinkAsync(long linkId, CancellationToken cancellationToken) =>
        await annotations.UnlinkAddressAsync(Reference, linkId, User.Actor(), cancellationToken) ? Back("done.unlinked") : Back(null, "refused.not-found");

    public async Task<IActionResult> OnPostReplyAsync(long messageId, string text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 5000) return Back(null, "refused.reply-text");
        var id = await replies.QueueReplyAsync(Reference, messageId, User.Actor(), (c, m) => composer.Compose(c, m, text), cancellationToken);
        if (id is null) return Back(null, "refused.not-found");
        signal.OutboxWritten();
        return Back("done.replied");
    }

    public async Task<IActionResult> OnPostResendAsync(long outboundId, CancellationToken cancellationToken)
    {
        if (!await replies.ResendAsync(Reference, outboundId, User.Actor(), cancellationToken)) return Back(null, "refused.not-failed");
        signal.OutboxWritten();
        return Back("done.resent");
    }

    public async Task<IActionResult> OnPostCallbackAsync(string dueAt, string? note, CancellationToken cancellationToken)
    {
        if (ConsoleTime.Parse(dueAt) is not { } due) return Back(null, "refused.callback-time");
        var id = await callbacks.PromiseAsync(Reference, User.Actor(), due, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), cancellationToken);
        return id is null ? Back(null, "refused.not-found") : Back("done.callback");
    }

    public async Task<IActionResult> OnPostCallbackDoneAsync(long promiseId, CancellationToken cancellationToken) =>
        await callbacks.CompleteAsync(Reference, promiseId, User.Actor(), cancellationToken) ? Back("done.callbackDone") : Back(null, "refused.not-found");

    public async Task<IActionResult> OnPostReasonAsync(string reason, CancellationToken cancellationToken)
    {
        if (!ReasonCodes.IsKnown(reason)) return Back(null, "refused.unknown-reason");
        return await annotations.TagReasonAsync(Reference, User.Actor(), reason, cancellationToken) ? Back("done.reason") : Back(null, "refused.not-found");
    }

    public async Task<IActionResult> OnPostAssignAsync(long? staffId, CancellationToken cancellationToken) =>
        await assignments.AssignAsync(Reference, staffId ?? User.StaffId(), User.Actor(), cancellationToken) switch
        {
            AssignmentOutcome.NotFound => Back(null, "refused.not-found"),
            AssignmentOutcome.InactiveStaff => Back(null, "refused.inactive-staff"),
            _ => Back("done.assigned"),
        };

    public async Task<IActionResult> OnPostUnassignAsync(CancellationToken cancellationToken) =>
        await assignments.AssignAsync(Reference, null, User.Actor(), cancellationToken) == AssignmentOutcome.NotFound
            ? Back(null, "refused.not-found") : Back("done.unassigned");

    public async Task<IActionResult> OnPostNoteAsync(string body, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body) || body.Length > 10_000) return Back(null, "refused.note-text");
        return await annotations.AddNoteAsync(Reference, User.Actor(), body.Trim(), cancellationToken) is null ? Back(null, "refused.not-found") : Back("done.note");
    }

    private async Task<IActionResult> ChangeAsync(Func<LockedCase, CaseChange> decide, string done, CancellationToken cancellationToken)
    {
        var outcome = await changes.ChangeAsync(Reference, User.Actor(), decide, cancellationToken);
        if (!outcome.Applied)
        {
            return Back(null, "refused." + outcome.Refusal);
        }
        if (outcome.RepliesQueued > 0) signal.OutboxWritten();
        return Back(done);
    }

    /// <summary>The name of the staff member who has the case, or null.</summary>
    public string? Assignee => Record.Case.AssignedTo is { } id
        ? StaffNames.GetValueOrDefault("staff:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;

    public bool IsOpen => CaseStatuses.Open.Contains(Record.Case.Status, StringComparer.Ordinal);
}
