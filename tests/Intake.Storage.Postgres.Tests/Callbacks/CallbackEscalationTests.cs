using Intake.Core.Callbacks;
using Intake.Storage.Postgres.Callbacks;
using Intake.Storage.Postgres.Console;
using Intake.Storage.Postgres.Tests.Intake;
using Intake.Storage.Postgres.Voice;
using Intake.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Intake.Storage.Postgres.Tests.Callbacks;

public sealed class CallbackEscalationTests
{
    [Fact]
    public async Task One_job_escalates_overdue_staff_and_ivr_promises_once_each_and_leaves_kept_and_future_ones_alone()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        var harness = await IntakeHarness.CreateAsync(time);
        var references = new List<string>();
        for (var i = 0; i < 4; i++)
            references.Add((await harness.Pipeline.AcceptAsync(Messages.Api($"cb{i}", $"bel{i}@example.nl", "Ik zeg mijn abonnement op"), CancellationToken.None)).CaseReference!);
        var staff = new PostgresStaffCallbacks(harness.Database.DataSource, time);
        var ivr = new PostgresCallbackPromises(harness.Database.DataSource);
        var now = time.GetUtcNow();
        var staffPromise = (await staff.PromiseAsync(references[0], "staff:agent@example.nl", now.AddHours(1), "bellen", CancellationToken.None))!.Value;
        await ivr.PromiseAsync(references[1], "CA9001", now.AddHours(1), now, CancellationToken.None);
        var kept = (await staff.PromiseAsync(references[2], "staff:agent@example.nl", now.AddHours(1), null, CancellationToken.None))!.Value;
        await staff.PromiseAsync(references[3], "staff:agent@example.nl", now.AddDays(1), null, CancellationToken.None);
        await staff.CompleteAsync(references[2], kept, "staff:agent@example.nl", CancellationToken.None);
        var job = new CallbackEscalationJob(new PostgresCallbackEscalation(harness.Database.DataSource), time, NullLogger<CallbackEscalationJob>.Instance);

        Assert.Equal(0, await job.RunAsync(CancellationToken.None));
        time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(2, await job.RunAsync(CancellationToken.None));
        Assert.Equal(0, await job.RunAsync(CancellationToken.None));

        var ivrPromise = await harness.Database.ScalarAsync<long>("SELECT id FROM callback_promise WHERE promised_by = 'ivr:CA9001'");
        Assert.Equal($"{references[0]}:{staffPromise}:staff:agent@example.nl, {references[1]}:{ivrPromise}:ivr:CA9001",
            await harness.Database.ScalarAsync<string>(
                """
                SELECT string_agg(c.reference || ':' || (e.data->>'promiseId') || ':' || (e.data->>'promisedBy'), ', ' ORDER BY (e.data->>'promiseId')::bigint)
                FROM case_event e JOIN cancellation_case c ON c.id = e.case_id WHERE e.type = 'callback_overdue'
                """));
        Assert.Equal(2, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM callback_promise WHERE escalated_at IS NOT NULL"));
    }

    [Fact]
    public async Task A_promise_the_ivrs_former_sweep_already_reported_overdue_is_marked_escalated_without_a_second_event()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        var harness = await IntakeHarness.CreateAsync(time);
        var reference = (await harness.Pipeline.AcceptAsync(Messages.Api("cb", "bel@example.nl", "Ik zeg mijn abonnement op"), CancellationToken.None)).CaseReference!;
        await new PostgresCallbackPromises(harness.Database.DataSource).PromiseAsync(reference, "CA9002", time.GetUtcNow().AddHours(1), time.GetUtcNow(), CancellationToken.None);
        // What the IVR sweep wrote before there was one escalation: the event, no escalated_at.
        await harness.Database.ExecuteAsync(
            """
            INSERT INTO case_event (case_id, at, type, actor, verified, data)
            SELECT case_id, due_at, 'callback_overdue', 'system', false, jsonb_build_object('promiseId', id, 'dueAt', due_at) FROM callback_promise
            """);
        time.Advance(TimeSpan.FromHours(2));

        var escalated = await new PostgresCallbackEscalation(harness.Database.DataSource).EscalateOverdueAsync(time.GetUtcNow(), CancellationToken.None);

        Assert.Single(escalated);
        Assert.Equal(1, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM case_event WHERE type = 'callback_overdue'"));
        Assert.Equal(1, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM callback_promise WHERE escalated_at IS NOT NULL"));
    }
}
