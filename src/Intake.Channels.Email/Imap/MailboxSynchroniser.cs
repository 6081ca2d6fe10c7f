using Intake.Channels.Email.Configuration;
using Intake.Channels.Email.Inbound;
using Intake.Core.Email;
using MailKit;
using MailKit.Search;

namespace Intake.Channels.Email.Imap;

/// <summary>
/// Fetches every mail above the mailbox's UID checkpoint, hands each to the intake, moves it to the processed
/// folder and only then advances the checkpoint. Never trusts \Seen; a UIDVALIDITY change rescans everything.
/// </summary>
internal sealed class MailboxSynchroniser(
    EmailIntake intake, IMailboxCheckpoints checkpoints, EmailOptions options, TimeProvider time, ILogger<MailboxSynchroniser> logger)
{
    private const string ProcessedKeyword = "$IntakeProcessed";
    private const int BatchSize = 25;

    /// <summary>Processes what is new; returns how many mails, or null when another run (on any host) holds the mailbox.</summary>
    public async Task<int?> SynchroniseAsync(OpenMailbox mailbox, CancellationToken cancellationToken)
    {
        var name = mailbox.Options.Name;
        await using var held = await checkpoints.TryLockAsync(name, cancellationToken);
        if (held is null) return null;

        var folder = mailbox.Folder;
        var validity = folder.UidValidity;
        var checkpoint = await checkpoints.GetAsync(name, cancellationToken);
        var last = 0u;
        if (checkpoint is { } known && known.UidValidity == validity) last = known.LastUid;
        else
        {
            if (checkpoint is not null)
                logger.LogWarning("Mailbox {Mailbox}: UIDVALIDITY changed from {Old} to {New}; rescanning all mail (duplicates are recognised)", name, checkpoint.UidValidity, validity);
            await checkpoints.SetAsync(name, new MailboxCheckpoint(validity, 0), cancellationToken);
        }

        var uids = await folder.SearchAsync(SearchQuery.Uids(new UniqueIdRange(new UniqueId(validity, last + 1), UniqueId.MaxValue)), cancellationToken);
        // "n:*" also matches the highest UID when it is below n: filter.
        var fresh = uids.Where(u => u.Id > last).OrderBy(u => u.Id).ToList();
        if (fresh.Count == 0) return 0;
        var summaries = (await folder.FetchAsync(fresh, MessageSummaryItems.UniqueId | MessageSummaryItems.Size | MessageSummaryItems.InternalDate, cancellationToken))
            .ToDictionary(s => s.UniqueId.Id);
        var done = 0;
        foreach (var batch in fresh.Chunk(BatchSize))
        {
            foreach (var uid in batch)
            {
                // A mail expunged meanwhile has no summary: nothing to take in.
                if (!summaries.TryGetValue(uid.Id, out var summary)) continue;
                var outcome = await intake.ProcessAsync(await FetchAsync(mailbox, summary, cancellationToken), cancellationToken);
                logger.LogDebug("Mailbox {Mailbox} UID {Uid}: {Status} raw payload {RawPayloadId} case {CaseReference}",
                    name, uid.Id, outcome.Status, outcome.RawPayloadId, outcome.CaseReference);
                done++;
            }
            // The pipeline committed the batch: finish the bookkeeping even when the host is stopping. One MOVE and
            // one checkpoint write per batch; a crash in between only makes the next run meet duplicates it recognises.
            await MarkProcessedAsync(mailbox, batch, CancellationToken.None);
            await checkpoints.SetAsync(name, new MailboxCheckpoint(validity, batch[^1].Id), CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
        }
        return done;
    }

    private async Task<IncomingMail> FetchAsync(OpenMailbox mailbox, IMessageSummary summary, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // The server's arrival time is the receipt time: a listener that was down does not make the customer late.
        var receivedAt = summary.InternalDate is { } arrived && arrived < now ? arrived.ToUniversalTime() : now;
        var size = (long)(summary.Size ?? 0);
        if (size > options.MaxMessageBytes)
        {
            var headers = await mailbox.Folder.GetHeadersAsync(summary.UniqueId, cancellationToken);
            using var buffer = new MemoryStream();
            await headers.WriteToAsync(buffer, cancellationToken);
            return new IncomingMail(mailbox.Options.Name, buffer.ToArray(), receivedAt, size, Truncated: true);
        }
        await using var stream = await mailbox.Folder.GetStreamAsync(summary.UniqueId, cancellationToken);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken);
        return new IncomingMail(mailbox.Options.Name, copy.ToArray(), receivedAt, size, Truncated: false);
    }

    private static async Task MarkProcessedAsync(OpenMailbox mailbox, IList<UniqueId> uids, CancellationToken cancellationToken)
    {
        if (mailbox.Processed is { } processed)
        {
            await mailbox.Folder.MoveToAsync(uids, processed, cancellationToken);
            return;
        }
        var request = new StoreFlagsRequest(StoreAction.Add, MessageFlags.Seen) { Silent = true };
        if (mailbox.Folder.PermanentKeywords.Count > 0 || mailbox.Folder.AcceptedFlags.HasFlag(MessageFlags.UserDefined))
            request.Keywords.Add(ProcessedKeyword);
        await mailbox.Folder.StoreAsync(uids, request, cancellationToken);
    }
}
