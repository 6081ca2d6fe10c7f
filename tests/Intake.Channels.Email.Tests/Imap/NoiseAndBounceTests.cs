using MimeKit;

namespace Intake.Channels.Email.Tests.Imap;

public sealed class NoiseAndBounceTests
{
    [Fact]
    public async Task Bounce_of_our_confirmation_marks_that_reply_failed_with_the_reason_and_is_not_answered()
    {
        await using var rig = await EmailRig.StartAsync();
        await rig.AppendAsync(EmailRig.Intake, Mails.Dutch(from: "oud.adres@example.com"));
        await rig.ReconcileAndDispatchAsync();
        var ourId = await rig.Database.ScalarAsync<string>("SELECT provider_id FROM outbound_message");
        var reference = await rig.Database.ScalarAsync<string>("SELECT reference FROM cancellation_case");
        var bounce = System.Text.Encoding.ASCII.GetString(Mails.Fixture("dsn-bounce.eml"))
            .Replace("o1.C-2026-000001@example.nl", ourId, StringComparison.Ordinal)
            .Replace("C-2026-000001", reference, StringComparison.Ordinal);

        await rig.AppendAsync(EmailRig.Intake, System.Text.Encoding.ASCII.GetBytes(bounce));
        await rig.ReconcileAndDispatchAsync();

        var (status, error) = (await rig.Database.QueryAsync<(string, string)>("SELECT status, last_error FROM outbound_message")).Single();
        Assert.Equal("failed", status);
        Assert.Contains("5.1.1", error, StringComparison.Ordinal);
        Assert.Equal(1, await rig.Database.ScalarAsync<long>("SELECT count(*) FROM case_event WHERE type = 'delivery_status'"));
        Assert.Equal(1, await rig.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message"));
        var kept = await rig.Database.ScalarAsync<string>("SELECT reason FROM raw_payload WHERE status = 'quarantined'");
        Assert.StartsWith("delivery report (failed)", kept, StringComparison.Ordinal);
        Assert.Single(rig.Smtp.Deliveries());
    }

    [Fact]
    public async Task Out_of_office_reply_is_stored_for_staff_but_never_answered()
    {
        await using var rig = await EmailRig.StartAsync();
        await rig.AppendAsync(EmailRig.Intake, Mails.Fixture("out-of-office.eml"));
        await rig.ReconcileAndDispatchAsync();

        Assert.Equal(0, await rig.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message"));
        Assert.Equal(0, await rig.Database.ScalarAsync<long>("SELECT count(*) FROM outbound_message"));
        Assert.Equal("auto-reply: Auto-Submitted auto-replied: not answered", await rig.Database.ScalarAsync<string>("SELECT reason FROM raw_payload"));
        Assert.Empty(rig.Smtp.Deliveries());
        Assert.Equal(1, await rig.CountAsync(EmailRig.Intake, "Verwerkt"));
    }

    [Fact]
    public async Task Malformed_and_oversized_mail_is_quarantined_with_the_reason_and_the_checkpoint_moves_on()
    {
        await using var rig = await EmailRig.StartAsync(configure: o => o.MaxMessageBytes = 2048);
        await rig.AppendAsync(EmailRig.Intake, Mails.Fixture("unknown-charset.eml"));
        await rig.AppendAsync(EmailRig.Intake, Mails.Fixture("multipart-pdf.eml"));
        await rig.AppendAsync(EmailRig.Intake, Mails.Dutch());
        await rig.ReconcileAndDispatchAsync();

        var reasons = await rig.Database.QueryAsync<string>("SELECT reason FROM raw_payload WHERE status = 'quarantined' ORDER BY id");
        Assert.Equal(2, reasons.Count);
        Assert.Contains("undecodable charset 'x-unknown-klingon'", reasons[0], StringComparison.Ordinal);
        Assert.StartsWith("too large:", reasons[1], StringComparison.Ordinal);
        Assert.Equal("text/rfc822-headers; x-intake-mailbox=\"opzeggen\"", await rig.Database.ScalarAsync<string>("SELECT content_type FROM raw_payload WHERE id = 2"));
        Assert.Equal(1, await rig.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message"));
        Assert.Equal(0, await rig.CountAsync(EmailRig.Intake, "INBOX"));
    }

    [Fact]
    public async Task The_same_mail_delivered_to_two_mailboxes_is_taken_in_once()
    {
        await using var rig = await EmailRig.StartAsync();
        var mail = Mails.Dutch();
        mail.Cc.Add(new MailboxAddress("", "service@example.nl"));
        await rig.AppendAsync(EmailRig.Intake, mail);
        await rig.AppendAsync(EmailRig.Service, mail);

        await rig.ReconcileAndDispatchAsync(EmailRig.Intake);
        await rig.ReconcileAndDispatchAsync(EmailRig.Service);

        Assert.Equal(2, await rig.Database.ScalarAsync<long>("SELECT count(*) FROM raw_payload"));
        Assert.Equal(1, await rig.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message"));
        Assert.Single(await rig.Smtp.WaitForDeliveriesAsync(1));
    }
}
