using MimeKit;

namespace Intake.Channels.Email.Tests.Imap;

public sealed class ThreadingTests
{
    [Fact]
    public async Task A_reply_to_our_confirmation_from_another_address_carries_the_case_reference()
    {
        await using var rig = await EmailRig.StartAsync();
        await rig.AppendAsync(EmailRig.Intake, Mails.Dutch(from: "jan@example.com"));
        await rig.ReconcileAndDispatchAsync();
        var confirmation = Mails.Parse((await rig.Smtp.WaitForDeliveriesAsync(1))[0]);
        var reference = await rig.Database.ScalarAsync<string>("SELECT reference FROM cancellation_case");

        var reply = Mails.Dutch(from: "jan.werk@example.org", subject: "Re: opzegging", text: "Mijn klantnummer is NL1001.");
        reply.InReplyTo = confirmation.MessageId;
        reply.References.Add(confirmation.MessageId!);
        await rig.AppendAsync(EmailRig.Intake, reply);
        await rig.ReconciliationJob.RunAsync(EmailRig.Intake, CancellationToken.None);

        var subject = await rig.Database.ScalarAsync<string>("SELECT subject FROM inbound_message WHERE sender_address = 'jan.werk@example.org'");
        Assert.Equal($"Re: opzegging [{reference}]", subject);
    }

    [Fact]
    public async Task A_second_mail_of_the_same_customer_joins_the_open_case_and_gets_no_second_confirmation()
    {
        await using var rig = await EmailRig.StartAsync();
        await rig.AppendAsync(EmailRig.Intake, Mails.Dutch());
        await rig.ReconcileAndDispatchAsync();
        var reference = await rig.Database.ScalarAsync<string>("SELECT reference FROM cancellation_case");

        await rig.AppendAsync(EmailRig.Intake, Mails.Dutch(subject: $"Re: Opzeggen [{reference}]", text: "Nogmaals: ik zeg op."));
        await rig.ReconcileAndDispatchAsync();

        Assert.Equal(1, await rig.Database.ScalarAsync<long>("SELECT count(*) FROM cancellation_case"));
        Assert.Equal(2, await rig.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message WHERE case_id IS NOT NULL"));
        Assert.Single(rig.Smtp.Deliveries());
    }
}
