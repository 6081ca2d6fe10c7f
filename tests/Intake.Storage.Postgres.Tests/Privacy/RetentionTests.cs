using System.Text;
using Intake.Core.Model;
using Intake.Core.Pipeline;
using Intake.Storage.Postgres.Privacy;
using Intake.Testing;
using TestMessages = Intake.Storage.Postgres.Tests.Intake.Messages;

namespace Intake.Storage.Postgres.Tests.Privacy;

public sealed class RetentionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 3, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Cutoff = Now.AddMonths(-24);

    private static async Task<RetentionCounts> PurgeAllAsync(TestDatabase db, int batchSize)
    {
        var purge = new PostgresRetentionPurge(db.DataSource);
        var total = RetentionCounts.None;
        while (await purge.PurgeBatchAsync(Cutoff, batchSize, Now, CancellationToken.None) is var batch && batch != RetentionCounts.None)
            total = total.Add(batch);
        return total;
    }

    private static async Task<string> ReceiveAsync(IntakeHarness harness, string id, string text, DateTimeOffset at)
    {
        var message = TestMessages.Api(id, id + "@example.nl", text, at);
        var outcome = await harness.Gateway.ReceiveAsync(TestMessages.Raw(message), () => message, CancellationToken.None);
        return outcome.Result!.CaseReference ?? "";
    }

    [Fact]
    public async Task Retention_purges_only_what_is_due_in_batches_and_keeps_cases_times_and_events()
    {
        var harness = await IntakeHarness.CreateAsync();
        var db = harness.Database;
        var old = Now.AddMonths(-30);
        var due = await ReceiveAsync(harness, "due", "Ik zeg op. Geheime tekst due.", old);
        var recent = await ReceiveAsync(harness, "recent", "Ik zeg op. Geheime tekst recent.", old);
        var open = await ReceiveAsync(harness, "open", "Ik zeg op. Geheime tekst open.", old);
        var due2 = await ReceiveAsync(harness, "due2", "Ik zeg op. Geheime tekst due2.", old);
        Assert.Equal("", await ReceiveAsync(harness, "caseless-old", "Wat kost een extra tv-box? Geheime tekst caseless-old.", old));
        Assert.Equal("", await ReceiveAsync(harness, "caseless-new", "Wat kost een extra tv-box? Geheime tekst caseless-new.", Now.AddMonths(-1)));
        foreach (var (id, at) in new[] { ("quarantine-old", old), ("quarantine-new", Now.AddMonths(-1)) })
        {
            var raw = await harness.RawPayloads.SaveAsync(new RawPayload(Channels.Api, id, "text/plain", Encoding.UTF8.GetBytes("Geheime tekst " + id), at), CancellationToken.None);
            await harness.RawPayloads.QuarantineAsync(raw, "unreadable", CancellationToken.None);
        }
        await db.ExecuteAsync("UPDATE outbound_message SET status = 'sent'");
        await db.ExecuteAsync(
            """
            UPDATE cancellation_case SET status = 'Completed', updated_at = @dueAt WHERE reference = ANY(@dueCases);
            UPDATE cancellation_case SET status = 'Dismissed', updated_at = @recentAt WHERE reference = @recent;
            UPDATE cancellation_case SET updated_at = @dueAt WHERE reference = @open;
            """, new { dueAt = Now.AddMonths(-25), recentAt = Now.AddMonths(-23), dueCases = new[] { due, due2 }, recent, open });
        var casesBefore = await db.QueryAsync<(string, string, DateTime)>("SELECT reference, status, received_at FROM cancellation_case ORDER BY id");
        var eventsBefore = await db.ScalarAsync<long>("SELECT count(*) FROM case_event");

        var purged = await PurgeAllAsync(db, batchSize: 1);

        Assert.Equal((2, 3, 4), (purged.Cases, purged.Messages, purged.RawPayloads));
        Assert.True(purged.OutboundMessages >= 2);
        var remaining = await db.QueryAsync<string>("SELECT body_text FROM inbound_message WHERE body_text LIKE '%Geheime%' ORDER BY id");
        Assert.Equal(new[] { "Ik zeg op. Geheime tekst recent.", "Ik zeg op. Geheime tekst open.", "Wat kost een extra tv-box? Geheime tekst caseless-new." }, remaining);
        Assert.Equal(new[] { "caseless-new", "open", "quarantine-new", "recent" }, await db.QueryAsync<string>(
            "SELECT provider_id FROM raw_payload WHERE strpos(encode(body, 'escape'), 'Geheime') > 0 ORDER BY provider_id"));
        Assert.Equal(new[] { "due", "due2" }, await db.QueryAsync<string>("SELECT provider_message_id FROM inbound_message WHERE case_id IS NOT NULL AND purged_at IS NOT NULL ORDER BY 1"));
        Assert.Equal(1, await db.ScalarAsync<long>("SELECT count(*) FROM raw_payload WHERE status = 'quarantined'"));
        Assert.Equal(1, await db.ScalarAsync<long>("SELECT count(*) FROM raw_payload WHERE status = 'purged'"));
        Assert.Equal(casesBefore, await db.QueryAsync<(string, string, DateTime)>("SELECT reference, status, received_at FROM cancellation_case ORDER BY id"));
        Assert.Equal(eventsBefore + 2, await db.ScalarAsync<long>("SELECT count(*) FROM case_event"));
        Assert.Equal(new[] { due, due2 }.Order(), await db.QueryAsync<string>(
            "SELECT c.reference FROM case_event e JOIN cancellation_case c ON c.id = e.case_id WHERE e.type = 'personal_data_purged' ORDER BY c.reference"));

        Assert.Equal(RetentionCounts.None, await PurgeAllAsync(db, batchSize: 50));
        Assert.Equal(eventsBefore + 2, await db.ScalarAsync<long>("SELECT count(*) FROM case_event"));
    }
}
