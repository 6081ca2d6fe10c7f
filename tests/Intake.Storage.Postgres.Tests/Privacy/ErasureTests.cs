using Intake.Core.Pipeline;
using Intake.Core.Privacy;
using Intake.Storage.Postgres.Privacy;
using Intake.Testing;
using TestMessages = Intake.Storage.Postgres.Tests.Intake.Messages;

namespace Intake.Storage.Postgres.Tests.Privacy;

public sealed class ErasureTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private static PrivacySubject Subject(string? account = null, string? address = null) => PrivacySubject.Create(account, address, out _)!;

    private static Task<ErasureResult> EraseAsync(TestDatabase db, PrivacySubject subject) =>
        new PostgresPersonalDataErasure(db.DataSource).EraseAsync(subject, Now, CancellationToken.None);

    [Fact]
    public async Task Erasure_leaves_no_trace_of_the_customer_in_any_text_column_and_keeps_cases_times_and_events()
    {
        var seed = await SubjectSeed.CreateAsync();
        var db = seed.Harness.Database;
        var casesBefore = await db.QueryAsync<(string, string, DateTime)>("SELECT reference, status, received_at FROM cancellation_case ORDER BY id");
        var eventsBefore = await db.QueryAsync<(long, string, string)>("SELECT id, type, data::text FROM case_event ORDER BY id");
        Assert.NotEmpty(await PersonalDataScan.FindAsync(db, SubjectSeed.Traces));

        var result = await EraseAsync(db, Subject(account: "nl4711"));

        Assert.Equal(SubjectOutcome.Done, result.Outcome);
        Assert.Empty(await PersonalDataScan.FindAsync(db, SubjectSeed.Traces));
        var counts = result.Counts!;
        Assert.Equal((1, 1, 4, 1, 3, 4, 1, 1, 1, 1), (counts.Customers, counts.Contracts, counts.Identities, counts.Cases, counts.Messages,
            counts.RawPayloads, counts.Calls, counts.SmsOptOuts, counts.Notes, counts.Callbacks));
        Assert.True(counts.OutboundMessages >= 1);
        Assert.True(counts.WebhookEvents >= 1);
        // The other customer is untouched.
        Assert.NotEmpty(await PersonalDataScan.FindAsync(db, [SubjectSeed.OtherEmail, "NL5000", "Anna de Vries"]));
        // Cases, their times and the audit stay; one event without personal data per affected case is added.
        Assert.Equal(casesBefore, await db.QueryAsync<(string, string, DateTime)>("SELECT reference, status, received_at FROM cancellation_case ORDER BY id"));
        var eventsAfter = await db.QueryAsync<(long, string, string)>("SELECT id, type, data::text FROM case_event ORDER BY id");
        Assert.Equal(eventsBefore, eventsAfter.Take(eventsBefore.Count));
        var added = Assert.Single(eventsAfter.Skip(eventsBefore.Count));
        Assert.Equal("personal_data_erased", added.Item2);
        Assert.Equal($$"""{"messages": 3, "outboundMessages": {{counts.OutboundMessages}}}""", added.Item3);
        // One stable pseudonym per subject: the case's messages still group under one sender.
        Assert.Equal(new[] { result.Pseudonym! }, await db.QueryAsync<string>(
            "SELECT DISTINCT sender_address FROM inbound_message m JOIN cancellation_case c ON c.id = m.case_id WHERE c.reference = @r", new { r = seed.CaseReference }));
        Assert.Equal(result.Pseudonym, await db.ScalarAsync<string>("SELECT account_number FROM customer WHERE account_number LIKE 'erased-%'"));
        Assert.Equal("purged", await db.ScalarAsync<string>("SELECT status FROM raw_payload WHERE id = @id", new { id = seed.QuarantinedPayloadId }));
    }

    [Fact]
    public async Task An_erased_quarantined_payload_leaves_the_quarantine_and_is_not_replayed()
    {
        var seed = await SubjectSeed.CreateAsync();
        var db = seed.Harness.Database;
        await EraseAsync(db, Subject(account: SubjectSeed.Account));

        var replayed = await new QuarantineReplayer(seed.Harness.RawPayloads, seed.Harness.Gateway, []).ReplayAsync(seed.QuarantinedPayloadId, CancellationToken.None);

        Assert.True(replayed!.Quarantined);
        Assert.StartsWith("purged", replayed.QuarantineReason, StringComparison.Ordinal);
        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(*) FROM raw_payload WHERE status = 'quarantined'"));
        Assert.Equal(4, await db.ScalarAsync<long>("SELECT count(*) FROM inbound_message"));
    }

    [Fact]
    public async Task Erasure_runs_again_as_an_unknown_subject_and_changes_nothing()
    {
        var seed = await SubjectSeed.CreateAsync();
        var db = seed.Harness.Database;
        Assert.Equal(SubjectOutcome.Done, (await EraseAsync(db, Subject(address: "06 12345678"))).Outcome);
        var events = await db.ScalarAsync<long>("SELECT count(*) FROM case_event");

        Assert.Equal(SubjectOutcome.Unknown, (await EraseAsync(db, Subject(account: SubjectSeed.Account))).Outcome);
        Assert.Equal(SubjectOutcome.Unknown, (await EraseAsync(db, Subject(address: SubjectSeed.Email))).Outcome);
        Assert.Equal(events, await db.ScalarAsync<long>("SELECT count(*) FROM case_event"));
    }

    [Fact]
    public async Task Erasure_is_refused_while_a_case_is_open_and_changes_nothing()
    {
        var seed = await SubjectSeed.CreateAsync(close: false);
        var db = seed.Harness.Database;
        await db.ExecuteAsync("UPDATE outbound_message SET status = 'sent'");

        var result = await EraseAsync(db, Subject(account: SubjectSeed.Account));

        Assert.Equal(SubjectOutcome.Pending, result.Outcome);
        Assert.Contains(seed.CaseReference, result.OpenCases);
        Assert.Null(result.Pseudonym);
        Assert.Contains(await PersonalDataScan.FindAsync(db, [SubjectSeed.Email]), hit => hit.StartsWith("public.inbound_message.", StringComparison.Ordinal));
        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(*) FROM case_event WHERE type = 'personal_data_erased'"));
    }

    [Fact]
    public async Task Erasure_is_refused_while_a_reply_or_an_event_has_not_gone_out()
    {
        var seed = await SubjectSeed.CreateAsync();
        var db = seed.Harness.Database;
        await db.ExecuteAsync("UPDATE outbound_message SET status = 'queued' WHERE id = (SELECT min(id) FROM outbound_message)");
        await db.ExecuteAsync("UPDATE webhook_delivery SET status = 'pending' WHERE id = (SELECT min(id) FROM webhook_delivery)");

        var result = await EraseAsync(db, Subject(account: SubjectSeed.Account));

        Assert.Equal((SubjectOutcome.Pending, 1, 1), (result.Outcome, result.PendingReplies, result.PendingEvents));
        Assert.Empty(result.OpenCases);
        Assert.NotEmpty(await PersonalDataScan.FindAsync(db, [SubjectSeed.Name]));
    }

    [Fact]
    public async Task An_unknown_sender_is_erased_by_address_and_an_address_of_two_customers_is_ambiguous()
    {
        var harness = await IntakeHarness.CreateAsync();
        var db = harness.Database;
        await harness.Pipeline.AcceptAsync(
            TestMessages.Api("u-1", "onbekend@example.org", "Ik zeg mijn abonnement op. Groet, Onbekende Klant"), CancellationToken.None);
        await SubjectSeed.CloseAllAsync(db);
        await CustomerSeed.AddAsync(db, "NL1", email: "gezin@example.nl");
        await CustomerSeed.AddAsync(db, "NL2", email: "gezin@example.nl");

        Assert.Equal(SubjectOutcome.Ambiguous, (await EraseAsync(db, Subject(address: "gezin@example.nl"))).Outcome);
        Assert.Equal(SubjectOutcome.Unknown, (await EraseAsync(db, Subject(address: "niemand@example.org"))).Outcome);
        Assert.Equal(SubjectOutcome.Unknown, (await EraseAsync(db, Subject(account: "NL404"))).Outcome);
        var result = await EraseAsync(db, Subject(address: " Onbekend@Example.org "));

        Assert.Equal(SubjectOutcome.Done, result.Outcome);
        Assert.Equal((0, 1, 1), (result.Counts!.Customers, result.Counts.Cases, result.Counts.Messages));
        Assert.Empty(await PersonalDataScan.FindAsync(db, ["onbekend@example.org", "Onbekende Klant"]));
        Assert.Equal("sender:" + result.Pseudonym, await db.ScalarAsync<string>("SELECT open_key FROM cancellation_case"));
    }
}
