using Intake.Core.Outbox;
using Intake.Storage.Postgres.Tests.Intake;
using Intake.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Intake.Storage.Postgres.Tests.Outbox;

public sealed class PostgresOutboxStoreTests
{
    [Fact]
    public async Task Recording_a_batch_of_outcomes_stores_each_rows_own_status_error_and_retry_time()
    {
        // Whole seconds: the retry time compares equal once stored (microseconds).
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));
        var harness = await IntakeHarness.CreateAsync(time);
        for (var i = 0; i < 5; i++)
            await harness.Pipeline.AcceptAsync(Messages.Api($"m{i}", $"klant{i}@example.nl", "Ik zeg mijn abonnement op"), CancellationToken.None);
        var rows = await harness.Outbox.ClaimAsync(10, TimeSpan.FromMinutes(2), CancellationToken.None);
        var retryAt = time.GetUtcNow().AddMinutes(5);

        await harness.Outbox.CompleteAsync(
        [
            new SendOutcome(rows[0], SendResult.Sent("p-0"), null),
            new SendOutcome(rows[1], SendResult.Transient("timeout"), retryAt),
            new SendOutcome(rows[2], SendResult.Permanent("550 mailbox unavailable"), null),
            new SendOutcome(rows[3], SendResult.ToPrint(), null),
            // Another dispatcher took this row over meanwhile: its outcome is not ours to record.
            new SendOutcome(rows[4] with { ClaimedAt = rows[4].ClaimedAt.AddSeconds(-1) }, SendResult.Sent("p-lost"), null),
        ], CancellationToken.None);

        Assert.Equal(5, rows.Count);
        Assert.Equal(
            "sent|p-0|-|sent|free; queued|-|timeout|-|free; failed|-|550 mailbox unavailable|-|free; to-print|-|-|-|free; sending|-|-|-|held",
            await harness.Database.ScalarAsync<string>(
                """
                SELECT string_agg(concat_ws('|', status, coalesce(provider_id, '-'), coalesce(last_error, '-'),
                                  CASE WHEN sent_at IS NULL THEN '-' ELSE 'sent' END, CASE WHEN claimed_at IS NULL THEN 'free' ELSE 'held' END), '; ' ORDER BY id)
                FROM outbound_message
                """));
        Assert.True(await harness.Database.ScalarAsync<bool>("SELECT next_attempt_at = @retryAt FROM outbound_message WHERE id = @Id", new { retryAt, rows[1].Id }));
        Assert.Equal($"reply_sent:{rows[0].Id}:sent, reply_failed:{rows[2].Id}:failed, letter_to_print:{rows[3].Id}:to-print",
            await harness.Database.ScalarAsync<string>(
                """
                SELECT string_agg(type || ':' || (data->>'outboundId') || ':' || (data->>'status'), ', ' ORDER BY (data->>'outboundId')::bigint)
                FROM case_event WHERE type IN ('reply_sent', 'reply_failed', 'letter_to_print')
                """));
    }

    [Fact]
    public async Task Outcomes_whose_case_events_cannot_be_written_are_not_recorded_at_all_and_leave_no_case_locked()
    {
        var harness = await IntakeHarness.CreateAsync();
        await harness.Pipeline.AcceptAsync(Messages.Api("e1", "klant@example.nl", "Ik zeg mijn abonnement op"), CancellationToken.None);
        var rows = await harness.Outbox.ClaimAsync(10, TimeSpan.FromMinutes(2), CancellationToken.None);
        // The events are the last statement of the one round trip: the row's update before them must be undone with them.
        await harness.Database.ExecuteAsync(
            """
            CREATE FUNCTION refuse_event() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'event refused by test'; END $$;
            CREATE TRIGGER refuse_event BEFORE INSERT ON case_event FOR EACH ROW EXECUTE FUNCTION refuse_event();
            """);

        await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            harness.Outbox.CompleteAsync([new SendOutcome(Assert.Single(rows), SendResult.Sent("p-1"), null)], CancellationToken.None));

        Assert.Equal("sending|held", await harness.Database.ScalarAsync<string>(
            "SELECT status || '|' || CASE WHEN claimed_at IS NULL THEN 'free' ELSE 'held' END FROM outbound_message"));
        Assert.Equal(1, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM (SELECT id FROM cancellation_case FOR UPDATE NOWAIT) c"));
    }
}
