using System.Collections.Concurrent;
using Intake.Core.Outbox;
using Dapper;
using Intake.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Intake.Storage.Postgres.Tests.Intake;

public sealed class OutboxDispatcherTests
{
    private sealed class RecordingSender(string channel, Func<OutboundMessage, SendResult>? answer = null) : IReplySender
    {
        public ConcurrentBag<long> Sent { get; } = [];
        public string Channel { get; } = channel;

        public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
        {
            var result = answer?.Invoke(message) ?? SendResult.Sent("p-" + message.Id);
            if (!result.Retry && result.Error is null) Sent.Add(message.Id);
            return Task.FromResult(result);
        }
    }

    /// <summary>
    /// Every send takes 60 % of the stale-claim limit; during the second one (which, being that slow, outlasts the
    /// recording of the first) a rival dispatcher runs once.
    /// </summary>
    private sealed class SlowSender(FakeTimeProvider time, TimeSpan each) : IReplySender
    {
        public ConcurrentBag<long> Sent { get; } = [];
        public OutboxDispatcher? Rival { get; set; }
        public TestDatabase? Database { get; set; }
        public string Channel => "email";

        public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
        {
            Sent.Add(message.Id);
            time.Advance(each);
            if (Sent.Count == 2 && Rival is { } rival && Database is { } database)
            {
                Rival = null;
                for (var waited = 0; await database.ScalarAsync<long>("SELECT count(*) FROM outbound_message WHERE status = 'sent'") == 0; waited++)
                {
                    if (waited == 200) throw new TimeoutException("The first row's outcome was never recorded.");
                    await Task.Delay(50, cancellationToken);
                }
                await rival.DispatchAsync(cancellationToken);
            }
            return SendResult.Sent("p-" + message.Id);
        }
    }

    /// <summary>The outbox table while PostgreSQL restarts: the first outcomes cannot be recorded.</summary>
    private sealed class RestartingStore(IOutboxStore inner, int failures) : IOutboxStore
    {
        public Task<IReadOnlyList<OutboundMessage>> ClaimAsync(int batchSize, TimeSpan staleAfter, CancellationToken cancellationToken) =>
            inner.ClaimAsync(batchSize, staleAfter, cancellationToken);

        public Task<OutboundMessage?> RenewClaimAsync(OutboundMessage message, CancellationToken cancellationToken) =>
            inner.RenewClaimAsync(message, cancellationToken);

        public Task CompleteAsync(IReadOnlyList<SendOutcome> outcomes, CancellationToken cancellationToken) =>
            Interlocked.Decrement(ref failures) >= 0
                ? throw new TimeoutException("the database is restarting")
                : inner.CompleteAsync(outcomes, cancellationToken);

        public Task<bool> AnyDueAsync(TimeSpan staleClaimAfter, CancellationToken cancellationToken) => inner.AnyDueAsync(staleClaimAfter, cancellationToken);
    }

    /// <summary>
    /// While the reply is out, a second message of the same sender is being taken in: its transaction holds the case and
    /// writes the case's reply row (as the pipeline does) only once the dispatcher is waiting to record the outcome.
    /// </summary>
    private sealed class JoinWhileSendingSender(TestDatabase database) : IReplySender
    {
        public Task? Intake { get; private set; }
        public string Channel => "email";

        public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
        {
            var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync("SELECT 1 FROM cancellation_case WHERE id = @CaseId FOR UPDATE", new { message.CaseId }, transaction);
            Intake = Task.Run(async () =>
            {
                await using var _ = connection;
                for (var waited = 0; await WaitingForLocksAsync() == 0; waited++)
                {
                    if (waited == 200) throw new TimeoutException("The dispatcher never waited for the case.");
                    await Task.Delay(50);
                }
                await connection.ExecuteAsync(
                    """
                    INSERT INTO outbound_message (case_id, kind, channel, recipient, language, template, subject, body, next_attempt_at, created_at, updated_at)
                    SELECT case_id, kind, channel, recipient, language, template, subject, body, now(), now(), now() FROM outbound_message WHERE id = @Id
                    ON CONFLICT (case_id, kind, channel) WHERE kind <> 'reply' AND merged_from_case_id IS NULL DO NOTHING
                    """, new { message.Id }, transaction);
                await transaction.CommitAsync();
            });
            return SendResult.Sent("p-" + message.Id);
        }

        private Task<long> WaitingForLocksAsync() => database.ScalarAsync<long>(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
    }

    /// <summary>The outbox table, noting every error it raised while recording an outcome.</summary>
    private sealed class WatchedStore(IOutboxStore inner) : IOutboxStore
    {
        public ConcurrentBag<string> Errors { get; } = [];

        public Task<IReadOnlyList<OutboundMessage>> ClaimAsync(int batchSize, TimeSpan staleAfter, CancellationToken cancellationToken) =>
            inner.ClaimAsync(batchSize, staleAfter, cancellationToken);

        public Task<OutboundMessage?> RenewClaimAsync(OutboundMessage message, CancellationToken cancellationToken) =>
            inner.RenewClaimAsync(message, cancellationToken);

        public async Task CompleteAsync(IReadOnlyList<SendOutcome> outcomes, CancellationToken cancellationToken)
        {
            try
            {
                await inner.CompleteAsync(outcomes, cancellationToken);
            }
            catch (Exception e)
            {
                Errors.Add(e.Message);
                throw;
            }
        }

        public Task<bool> AnyDueAsync(TimeSpan staleClaimAfter, CancellationToken cancellationToken) => inner.AnyDueAsync(staleClaimAfter, cancellationToken);
    }

    /// <summary>Holds every send until <paramref name="bound"/> are in flight at once, noting the most it ever saw.</summary>
    private sealed class CrowdedSender(int bound) : IReplySender
    {
        private readonly TaskCompletionSource _full = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly Lock _count = new();
        private int _inFlight;

        public ConcurrentBag<long> Sent { get; } = [];
        public int MostAtOnce { get; private set; }
        public string Channel => "email";

        public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
        {
            lock (_count) MostAtOnce = Math.Max(MostAtOnce, ++_inFlight);
            if (MostAtOnce >= bound) _full.TrySetResult();
            try
            {
                // Only a guard against hanging: one send at a time never fills the crowd and fails here.
                await _full.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
                Sent.Add(message.Id);
                return SendResult.Sent("p-" + message.Id);
            }
            finally
            {
                lock (_count) _inFlight--;
            }
        }
    }

    /// <summary>Sends every row but one; that one throws, only once the other rows of its batch are recorded as sent.</summary>
    private sealed class OneFailingSender(int rows) : IReplySender
    {
        public TestDatabase? Database { get; set; }
        public long? Failed { get; private set; }
        public string Channel => "email";

        public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
        {
            if (Failed is not null || Database is not { } database) return SendResult.Sent("p-" + message.Id);
            Failed = message.Id;
            for (var waited = 0; await database.ScalarAsync<long>("SELECT count(*) FROM outbound_message WHERE status = 'sent'") < rows - 1; waited++)
            {
                if (waited == 200) throw new TimeoutException("The other outcomes waited for this send.");
                await Task.Delay(50, cancellationToken);
            }
            throw new InvalidOperationException("provider socket closed");
        }
    }

    private static async Task<IntakeHarness> WithCasesAsync(int count, TimeProvider? time = null, params IReplySender[] senders)
    {
        var harness = await IntakeHarness.CreateAsync(time, senders);
        for (var i = 0; i < count; i++)
            await harness.Pipeline.AcceptAsync(Messages.Api($"m{i}", $"klant{i}@example.nl", "Ik zeg mijn abonnement op"), CancellationToken.None);
        return harness;
    }

    [Fact]
    public async Task Every_queued_row_is_sent_once_and_a_rerun_sends_nothing()
    {
        var email = new RecordingSender("email");
        var harness = await WithCasesAsync(7, null, email);

        var first = await harness.Dispatcher.DispatchAsync(CancellationToken.None);
        var second = await harness.Dispatcher.DispatchAsync(CancellationToken.None);

        Assert.Equal((7, 0), (first, second));
        Assert.Equal(7, email.Sent.Distinct().Count());
        Assert.Equal(7, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM outbound_message WHERE status = 'sent' AND provider_id LIKE 'p-%'"));
    }

    [Fact]
    public async Task Four_dispatchers_racing_over_the_same_rows_send_each_row_exactly_once()
    {
        var email = new RecordingSender("email");
        var harness = await WithCasesAsync(60, null, email);
        harness.OutboxOptions.BatchSize = 5;

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => harness.Dispatcher.DispatchAsync(CancellationToken.None))));

        Assert.Equal(60, email.Sent.Count);
        Assert.Equal(60, email.Sent.Distinct().Count());
    }

    [Fact]
    public async Task A_channel_without_a_sender_records_its_reply_in_the_dev_outbox()
    {
        var harness = await WithCasesAsync(2);

        await harness.Dispatcher.DispatchAsync(CancellationToken.None);

        Assert.Equal(2, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM outbound_message WHERE status = 'dev-outbox' AND sent_at IS NOT NULL"));
    }

    [Fact]
    public async Task A_provider_that_is_down_is_retried_later_and_the_reply_goes_out_once_it_is_back()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var down = true;
        var email = new RecordingSender("email", m => down ? SendResult.Transient("connection refused") : SendResult.Sent("ok-" + m.Id));
        var harness = await WithCasesAsync(1, time, email);
        harness.OutboxOptions.FirstRetryDelay = TimeSpan.FromSeconds(10);
        harness.OutboxOptions.MaxRetryDelay = TimeSpan.FromSeconds(10);

        await harness.Dispatcher.DispatchAsync(CancellationToken.None);
        var afterFailure = await harness.Database.ScalarAsync<string>("SELECT status || ':' || attempts || ':' || last_error FROM outbound_message");
        await harness.Dispatcher.DispatchAsync(CancellationToken.None);
        var notYetDue = email.Sent.Count;
        down = false;
        time.Advance(TimeSpan.FromSeconds(15));
        await harness.Dispatcher.DispatchAsync(CancellationToken.None);

        Assert.Equal("queued:1:connection refused", afterFailure);
        Assert.Equal(0, notYetDue);
        Assert.Single(email.Sent);
        Assert.Equal("sent:2", await harness.Database.ScalarAsync<string>("SELECT status || ':' || attempts FROM outbound_message"));
    }

    [Fact]
    public async Task A_permanent_refusal_marks_the_reply_failed_for_staff_and_records_an_event()
    {
        var email = new RecordingSender("email", _ => SendResult.Permanent("550 mailbox unavailable"));
        var harness = await WithCasesAsync(1, null, email);

        await harness.Dispatcher.DispatchAsync(CancellationToken.None);

        Assert.Equal("failed:550 mailbox unavailable", await harness.Database.ScalarAsync<string>("SELECT status || ':' || last_error FROM outbound_message"));
        Assert.Equal(1, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM case_event WHERE type = 'reply_failed'"));
    }

    [Fact]
    public async Task A_row_left_sending_by_a_dispatcher_that_died_is_sent_again_after_the_stale_claim_time()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var email = new RecordingSender("email");
        var harness = await WithCasesAsync(1, time, email);
        // A dispatcher claimed the row and died before it recorded the outcome.
        var claimed = await harness.Outbox.ClaimAsync(10, harness.OutboxOptions.StaleClaimAfter, CancellationToken.None);

        await harness.Dispatcher.DispatchAsync(CancellationToken.None);
        var whileFresh = email.Sent.Count;
        time.Advance(harness.OutboxOptions.StaleClaimAfter + TimeSpan.FromSeconds(1));
        await harness.Dispatcher.DispatchAsync(CancellationToken.None);
        // The dead dispatcher's late outcome must not overwrite the new one.
        await harness.Outbox.CompleteAsync([new SendOutcome(claimed[0], SendResult.Transient("late"), time.GetUtcNow())], CancellationToken.None);

        Assert.Single(claimed);
        Assert.Equal(0, whileFresh);
        Assert.Single(email.Sent);
        Assert.Equal("sent", await harness.Database.ScalarAsync<string>("SELECT status FROM outbound_message"));
    }

    [Fact]
    public async Task A_slow_batch_renews_its_claims_so_a_rival_dispatcher_takes_over_no_row_it_is_still_sending()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var stale = new OutboxOptions().StaleClaimAfter;
        var email = new SlowSender(time, stale * 0.6);
        var harness = await WithCasesAsync(3, time, email);
        // One send at a time: the batch's last rows wait their turn, as they do behind a full set of slow sends.
        harness.OutboxOptions.SendConcurrency = 1;
        email.Rival = harness.Dispatcher;
        email.Database = harness.Database;

        await harness.Dispatcher.DispatchAsync(CancellationToken.None);

        // The rival found the third row stale (claimed with the batch 1.2 limits ago) and sent it; the slow
        // dispatcher renewed the second row's claim before sending it and skipped the third.
        Assert.Equal(3, email.Sent.Count);
        Assert.Equal(3, email.Sent.Distinct().Count());
        Assert.Equal(3, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM outbound_message WHERE status = 'sent'"));
    }

    [Fact]
    public async Task An_outcome_the_database_cannot_take_during_a_restart_is_recorded_when_it_is_back_and_not_sent_again()
    {
        var email = new RecordingSender("email");
        var harness = await WithCasesAsync(1, null, email);

        await harness.DispatcherOver(new RestartingStore(harness.Outbox, failures: 2)).DispatchAsync(CancellationToken.None);

        Assert.Single(email.Sent);
        Assert.Equal("sent", await harness.Database.ScalarAsync<string>("SELECT status FROM outbound_message"));
    }

    [Fact]
    public async Task Recording_a_sent_reply_while_a_message_of_the_same_sender_joins_its_case_deadlocks_neither()
    {
        var harness = await IntakeHarness.CreateAsync();
        var email = new JoinWhileSendingSender(harness.Database);
        harness = new IntakeHarness(harness.Database, TimeProvider.System, [email]);
        await harness.Pipeline.AcceptAsync(Messages.Api("m0", "klant0@example.nl", "Ik zeg mijn abonnement op"), CancellationToken.None);

        var outbox = new WatchedStore(harness.Outbox);

        var dispatched = await harness.DispatcherOver(outbox).DispatchAsync(CancellationToken.None);
        await email.Intake!;

        Assert.Equal(1, dispatched);
        Assert.Empty(outbox.Errors);
        Assert.Equal("sent", await harness.Database.ScalarAsync<string>("SELECT status FROM outbound_message"));
        Assert.Equal(1, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM case_event WHERE type = 'reply_sent'"));
    }

    [Fact]
    public async Task A_batch_is_sent_concurrently_but_never_with_more_sends_at_once_than_the_bound()
    {
        var email = new CrowdedSender(bound: 3);
        var harness = await WithCasesAsync(7, null, email);
        harness.OutboxOptions.SendConcurrency = 3;

        var dispatched = await harness.Dispatcher.DispatchAsync(CancellationToken.None);

        Assert.Equal(7, dispatched);
        Assert.Equal(3, email.MostAtOnce);
        Assert.Equal(7, email.Sent.Distinct().Count());
        Assert.Equal(7, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM outbound_message WHERE status = 'sent'"));
    }

    /// <summary>A crash between a send and its recording sends that row again; with one slot there is one such row at most.</summary>
    [Fact]
    public async Task With_the_default_single_slot_each_send_waits_until_the_previous_outcome_is_recorded()
    {
        var unrecordedAtSend = new ConcurrentBag<long>();
        TestDatabase? database = null;
        var sent = 0;
        var email = new RecordingSender("email", m =>
        {
            var recorded = database!.ScalarAsync<long>("SELECT count(*) FROM outbound_message WHERE status = 'sent'").GetAwaiter().GetResult();
            unrecordedAtSend.Add(sent - recorded);
            sent++;
            return SendResult.Sent("p-" + m.Id);
        });
        var harness = await WithCasesAsync(4, null, email);
        database = harness.Database;

        Assert.Equal(1, new OutboxOptions().SendConcurrency);
        Assert.Equal(4, await harness.Dispatcher.DispatchAsync(CancellationToken.None));
        Assert.All(unrecordedAtSend, unrecorded => Assert.Equal(0, unrecorded));
    }

    [Fact]
    public async Task One_failing_send_neither_loses_nor_holds_up_the_outcomes_of_the_rest_of_its_batch()
    {
        var email = new OneFailingSender(rows: 5);
        var harness = await WithCasesAsync(5, null, email);
        harness.OutboxOptions.SendConcurrency = 5;
        email.Database = harness.Database;

        var dispatched = await harness.Dispatcher.DispatchAsync(CancellationToken.None);

        Assert.Equal(5, dispatched);
        Assert.Equal(4, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM outbound_message WHERE status = 'sent' AND provider_id = 'p-' || id"));
        Assert.Equal("queued:1:InvalidOperationException: provider socket closed", await harness.Database.ScalarAsync<string>(
            "SELECT status || ':' || attempts || ':' || last_error FROM outbound_message WHERE id = @Failed", new { email.Failed }));
        Assert.Equal(4, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM case_event WHERE type = 'reply_sent'"));
    }

    [Fact]
    public async Task A_job_stopped_mid_batch_records_what_reached_the_provider_and_sends_nothing_more()
    {
        using var stopping = new CancellationTokenSource();
        var email = new RecordingSender("email", m =>
        {
            stopping.Cancel();
            return SendResult.Sent("p-" + m.Id);
        });
        var harness = await WithCasesAsync(3, null, email);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Dispatcher.DispatchAsync(stopping.Token));

        Assert.Single(email.Sent);
        Assert.Equal("sent", await harness.Database.ScalarAsync<string>("SELECT status FROM outbound_message WHERE id = @Id", new { Id = email.Sent.Single() }));
        Assert.Equal(2, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM outbound_message WHERE status = 'sending'"));
    }
}
