using System.Text;
using Intake.Core.Pipeline;
using Intake.Testing;

namespace Intake.Host.Tests.Commands;

/// <summary>`intake replay` as an operator runs it: the built host as a process, against a real database.</summary>
public sealed class ReplayCommandTests
{
    [Fact]
    public async Task Replay_reads_quarantined_twilio_and_email_payloads_back_into_the_pipeline()
    {
        var harness = await IntakeHarness.CreateAsync();
        var now = DateTimeOffset.UtcNow;
        var sms = await QuarantinedAsync(harness, new RawPayload("twilio", "SMreplay1", "application/x-www-form-urlencoded",
            Encoding.UTF8.GetBytes("MessageSid=SMreplay1&From=%2B31612345678&To=%2B3197010000001&Body=Ik+zeg+mijn+abonnement+op"), now));
        var mail = await QuarantinedAsync(harness, new RawPayload("email", "<replay-1@example.org>", "message/rfc822", Encoding.UTF8.GetBytes(
            "From: Anna <anna@example.org>\r\nTo: opzeggen@provider.example\r\nSubject: Opzegging\r\nMessage-ID: <replay-1@example.org>\r\n" +
            "Date: Tue, 24 Nov 2026 10:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHierbij zeg ik mijn abonnement op.\r\n"), now));

        var (exit, output) = await HostCommand.RunAsync(harness.Database.ConnectionString, "replay", sms.ToString(), mail.ToString());

        Assert.True(exit == 0, output);
        Assert.Contains($"{sms}: accepted as message", output);
        Assert.Contains($"{mail}: accepted as message", output);
        var channels = await harness.Database.QueryAsync<string>(
            "SELECT m.channel FROM raw_payload r JOIN inbound_message m ON m.id = r.message_id WHERE r.id = ANY(@ids) AND r.status = 'accepted' ORDER BY r.id",
            new { ids = new[] { sms, mail } });
        Assert.Equal(["sms", "email"], channels);
    }

    private static async Task<long> QuarantinedAsync(IntakeHarness harness, RawPayload payload)
    {
        var id = await harness.RawPayloads.SaveAsync(payload, CancellationToken.None);
        await harness.RawPayloads.QuarantineAsync(id, "pipeline failed: database away", CancellationToken.None);
        return id;
    }
}
