using Intake.Core.Email;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Channels.Email.Tests.Imap;

public sealed class CheckpointTests
{
    [Fact]
    public async Task A_uidvalidity_change_rescans_everything_and_recognises_what_was_taken_in_before()
    {
        await using var rig = await EmailRig.StartAsync(configure: o => o.Mailboxes[0].ProcessedFolder = "");
        await rig.AppendAsync(EmailRig.Intake, Mails.Dutch(from: "a@example.com"));
        await rig.AppendAsync(EmailRig.Intake, Mails.Dutch(from: "b@example.com"));
        await rig.ReconcileAndDispatchAsync();
        var checkpoints = rig.Services.GetRequiredService<IMailboxCheckpoints>();
        var before = await checkpoints.GetAsync(EmailRig.Intake, CancellationToken.None);
        // As after a mailbox restore on the server: the folder's UIDs no longer mean what they meant.
        await checkpoints.SetAsync(EmailRig.Intake, new MailboxCheckpoint(before!.UidValidity + 1, 999), CancellationToken.None);
        await rig.AppendAsync(EmailRig.Intake, Mails.Dutch(from: "c@example.com"));

        await rig.ReconcileAndDispatchAsync();

        // Flagged in place (no processed folder): the rescan sees all three again, takes in only the new one.
        Assert.Equal(3, await rig.CountAsync(EmailRig.Intake, "INBOX"));
        Assert.Equal(5, await rig.Database.ScalarAsync<long>("SELECT count(*) FROM raw_payload"));
        Assert.Equal(3, await rig.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message"));
        Assert.Equal(3, rig.Smtp.Deliveries().Count);
        var after = await checkpoints.GetAsync(EmailRig.Intake, CancellationToken.None);
        Assert.Equal(new MailboxCheckpoint(before.UidValidity, 3), after);
    }

    [Fact]
    public async Task Without_a_processed_folder_mail_is_flagged_seen_and_never_deleted()
    {
        await using var rig = await EmailRig.StartAsync(configure: o => o.Mailboxes[0].ProcessedFolder = "");
        await rig.AppendAsync(EmailRig.Intake, Mails.Dutch());
        await rig.ReconcileAndDispatchAsync();
        await rig.ReconcileAndDispatchAsync();

        Assert.Equal(1, await rig.CountAsync(EmailRig.Intake, "INBOX"));
        Assert.Equal(1, await rig.Database.ScalarAsync<long>("SELECT count(*) FROM raw_payload"));
    }
}
