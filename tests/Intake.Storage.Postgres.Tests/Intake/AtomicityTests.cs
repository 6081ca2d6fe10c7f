using Intake.Core.Templates;
using Intake.Testing;

namespace Intake.Storage.Postgres.Tests.Intake;

public sealed class AtomicityTests
{
    [Fact]
    public async Task A_failure_after_the_case_was_opened_rolls_back_everything_but_the_raw_payload_which_is_quarantined()
    {
        var harness = await IntakeHarness.CreateAsync();
        var empty = Directory.CreateTempSubdirectory("intake-no-templates");
        harness.Templates = new ReplyTemplates(empty.FullName);
        var message = Messages.Api("fail-1", "jan@example.nl", "Ik zeg mijn abonnement op");

        var result = await harness.Gateway.ReceiveAsync(Messages.Raw(message), () => message, CancellationToken.None);

        Assert.True(result.Quarantined);
        Assert.Contains("No reply template", result.QuarantineReason, StringComparison.Ordinal);
        foreach (var table in new[] { "inbound_message", "cancellation_case", "case_event", "outbound_message" })
            Assert.Equal(0, await harness.Database.ScalarAsync<long>($"SELECT count(*) FROM {table}"));
        var raw = Assert.Single(await harness.Database.QueryAsync<(string Status, string Reason, byte[] Body)>(
            "SELECT status, reason, body FROM raw_payload"));
        Assert.Equal("quarantined", raw.Status);
        Assert.Equal("Ik zeg mijn abonnement op", System.Text.Encoding.UTF8.GetString(raw.Body));
    }

    [Theory]
    [InlineData("case_event")] // written in the last round trip, with the commit: the error aborts the whole transaction
    [InlineData("inbound_message")] // the first round trip, which also carries the raw payload and its savepoint
    public async Task A_database_error_in_the_pipeline_is_rolled_back_to_the_savepoint_and_the_one_raw_payload_committed_quarantined_with_the_reason(string table)
    {
        var harness = await IntakeHarness.CreateAsync();
        await harness.Database.ExecuteAsync(
            $"""
            CREATE FUNCTION refuse_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'row refused by test'; END $$;
            CREATE TRIGGER refuse_row BEFORE INSERT ON {table} FOR EACH ROW EXECUTE FUNCTION refuse_row();
            """);
        var message = Messages.Api("fail-db", "jan@example.nl", "Ik zeg mijn abonnement op");

        var result = await harness.Gateway.ReceiveAsync(Messages.Raw(message), () => message, CancellationToken.None);

        Assert.True(result.Quarantined);
        Assert.Contains("row refused by test", result.QuarantineReason, StringComparison.Ordinal);
        foreach (var written in new[] { "inbound_message", "cancellation_case", "outbound_message" })
            Assert.Equal(0, await harness.Database.ScalarAsync<long>($"SELECT count(*) FROM {written}"));
        // One row: the payload of the intake transaction itself, not a second copy stored after it failed.
        var raw = Assert.Single(await harness.Database.QueryAsync<(long Id, string Status, string Reason)>("SELECT id, status, reason FROM raw_payload"));
        Assert.Equal((result.RawPayloadId, "quarantined"), (raw.Id, raw.Status));
        Assert.Equal(result.QuarantineReason, raw.Reason);
    }

    [Fact]
    public async Task A_quarantined_payload_is_accepted_once_when_replayed_after_the_fault_is_fixed()
    {
        var harness = await IntakeHarness.CreateAsync();
        var working = harness.Templates;
        harness.Templates = new ReplyTemplates(Directory.CreateTempSubdirectory("intake-no-templates").FullName);
        var message = Messages.Api("fail-2", "jan@example.nl", "Ik zeg mijn abonnement op");
        var failed = await harness.Gateway.ReceiveAsync(Messages.Raw(message), () => message, CancellationToken.None);

        harness.Templates = working;
        var replayed = await harness.Gateway.AcceptStoredAsync(failed.RawPayloadId, message.Channel, () => message, CancellationToken.None);
        var again = await harness.Gateway.AcceptStoredAsync(failed.RawPayloadId, message.Channel, () => message, CancellationToken.None);

        Assert.False(replayed.Quarantined);
        Assert.True(again.Result!.Duplicate);
        Assert.Equal("accepted", await harness.Database.ScalarAsync<string>("SELECT status FROM raw_payload"));
        Assert.Equal(1, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM cancellation_case"));
    }

    [Fact]
    public async Task A_payload_the_adapter_cannot_read_is_kept_in_quarantine_with_the_reason()
    {
        var harness = await IntakeHarness.CreateAsync();
        var raw = new Core.Pipeline.RawPayload("api", null, "application/json", "{not json"u8.ToArray(), Messages.Monday);

        var result = await harness.Gateway.ReceiveAsync(raw, () => throw new FormatException("body is not JSON"), CancellationToken.None);

        Assert.True(result.Quarantined);
        Assert.Equal("unreadable: body is not JSON", await harness.Database.ScalarAsync<string>("SELECT reason FROM raw_payload"));
    }

    [Theory]
    [InlineData(1, "accepted", "case_event")]
    [InlineData(3, "quarantined", "case_event")]
    [InlineData(1, "accepted", "inbound_message")] // the round trip that carries the raw payload: taken in again with the same payload
    public async Task A_transient_database_error_is_taken_in_again_and_only_a_lasting_one_goes_to_quarantine(int failures, string status, string table)
    {
        var harness = await IntakeHarness.CreateAsync();
        // The first inserts fail as a deadlock victim would: PostgreSQL's own error, rolled back like one.
        await harness.Database.ExecuteAsync(
            $$"""
            CREATE SEQUENCE deadlocks;
            CREATE FUNCTION deadlock_victim() RETURNS trigger LANGUAGE plpgsql AS $f$
            BEGIN
                IF nextval('deadlocks') <= {{failures}} THEN RAISE EXCEPTION 'deadlock detected' USING ERRCODE = '40P01'; END IF;
                RETURN NEW;
            END $f$;
            CREATE TRIGGER deadlock_victim BEFORE INSERT ON {{table}} FOR EACH ROW EXECUTE FUNCTION deadlock_victim();
            """);
        var message = Messages.Api("deadlock-1", "jan@example.nl", "Ik zeg mijn abonnement op");

        var result = await harness.Gateway.ReceiveAsync(Messages.Raw(message), () => message, CancellationToken.None);

        var raw = Assert.Single(await harness.Database.QueryAsync<(long Id, string Status)>("SELECT id, status FROM raw_payload"));
        Assert.Equal((result.RawPayloadId, status), (raw.Id, raw.Status));
        if (status == "accepted") Assert.Equal(raw.Id, await harness.Database.ScalarAsync<long>("SELECT raw_payload_id FROM inbound_message"));
        Assert.Equal(status == "accepted" ? 1 : 0, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM cancellation_case"));
        Assert.Equal(status == "accepted" ? 1 : 0, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM outbound_message"));
        if (status == "quarantined") Assert.StartsWith("pipeline failed: PostgresException: 40P01", result.QuarantineReason);
        else Assert.NotNull(result.Result!.CaseReference);
    }

    [Fact]
    public async Task A_connection_dropped_mid_pipeline_stores_the_payload_anew_and_takes_it_in_once()
    {
        var harness = await IntakeHarness.CreateAsync();
        // The first case event ends its own server process, as a failover or a killed backend would: the intake
        // transaction, raw payload included, is gone, and the connection with it.
        await harness.Database.ExecuteAsync(
            """
            CREATE SEQUENCE drops;
            CREATE FUNCTION drop_connection() RETURNS trigger LANGUAGE plpgsql AS $f$
            BEGIN
                IF nextval('drops') = 1 THEN PERFORM pg_terminate_backend(pg_backend_pid()); END IF;
                RETURN NEW;
            END $f$;
            CREATE TRIGGER drop_connection BEFORE INSERT ON case_event FOR EACH ROW EXECUTE FUNCTION drop_connection();
            """);
        var message = Messages.Api("dropped-1", "jan@example.nl", "Ik zeg mijn abonnement op");

        var result = await harness.Gateway.ReceiveAsync(Messages.Raw(message), () => message, CancellationToken.None);

        Assert.False(result.Quarantined, result.QuarantineReason);
        Assert.Equal("accepted", Assert.Single(await harness.Database.QueryAsync<string>("SELECT status FROM raw_payload")));
        Assert.Equal(1, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM cancellation_case"));
        Assert.Equal(1, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM outbound_message"));
    }
}
