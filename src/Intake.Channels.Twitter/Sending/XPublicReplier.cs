using Intake.Channels.Twitter.Api;
using Intake.Core.Cases;
using Intake.Core.Templates;
using Intake.Core.X;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Channels.Twitter.Sending;

/// <summary>
/// The public reply under a customer's mention: only "received, see DM" (or "open your DMs") and the reference,
/// rendered from public-reply templates and checked by <see cref="PublicTextGuard"/> before it is posted.
/// </summary>
internal sealed class XPublicReplier(XApiClient api, IXReplyLedger ledger, ICaseJournal journal, ReplyTemplates templates, XIntake channel, TimeProvider time)
{
    public const string Part = "public";

    /// <summary>Posts the reply once; returns a retryable result to stop on, else null (posted, withheld or refused).</summary>
    public async Task<(SendResult? Stop, string? Problem)> ReplyAsync(OutboundMessage message, bool dmClosed, CancellationToken cancellationToken)
    {
        var kind = dmClosed ? "public-reply-dm-closed" : "public-reply";
        // The template sees the reference only: nothing else of the case can reach a public post.
        var text = templates.Render(kind, ChannelValues.X, message.Language, ReplyComposer.ReferenceOnly(message.CaseReference)).Body;
        var personal = await ledger.PersonalValuesAsync(message.CaseId, message.Recipient, cancellationToken);
        if (PublicTextGuard.Violation(text, [.. personal, message.Recipient]) is { } found)
        {
            await NoteAsync(message, "public_reply_withheld", found, cancellationToken);
            return (null, $"public reply withheld: it would show a {found}");
        }

        var response = await api.PostReplyAsync(message.InReplyTo!, text, cancellationToken);
        if (response.Ok)
        {
            using var json = response.Json();
            var id = json.RootElement.TryGetProperty("data", out var data) && data.TryGetProperty("id", out var v) ? v.GetString() : null;
            await ledger.RecordAsync(message.Id, Part, id ?? "unknown", time.GetUtcNow(), cancellationToken);
            return (null, null);
        }
        if (XApiOutcome.Transient(response, "public replies") is { } retry) return (retry, retry.Error);
        if (XApiOutcome.CredentialsRefused(response))
            channel.Broken($"X refused our credentials for posts ({response.Problem()}): check Intake:X access token and app permissions (tweet.write)");
        // A deleted tweet or a protected account: the DM still stands; staff see why nothing public went out.
        await NoteAsync(message, "public_reply_failed", response.Problem(), cancellationToken);
        return (null, $"public reply refused: {response.Problem()}");
    }

    private Task NoteAsync(OutboundMessage message, string type, string reason, CancellationToken cancellationToken) =>
        journal.AppendSystemEventAsync(message.CaseId, type,
            new Dictionary<string, object?> { ["outboundId"] = message.Id, ["channel"] = "x", ["reason"] = reason }, time.GetUtcNow(), cancellationToken);
}
