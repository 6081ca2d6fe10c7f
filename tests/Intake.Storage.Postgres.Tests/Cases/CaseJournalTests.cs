using Intake.Storage.Postgres.Cases;
using Intake.Storage.Postgres.Tests.Intake;
using Intake.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Intake.Storage.Postgres.Tests.Cases;

public sealed class CaseJournalTests
{
    [Fact]
    public async Task An_event_appended_in_a_stores_transaction_commits_or_rolls_back_with_it()
    {
        var harness = await IntakeHarness.CreateAsync(new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero)));
        var caseId = await CaseAsync(harness);
        await using var connection = await harness.Database.DataSource.OpenConnectionAsync();

        await using (var rolledBack = await connection.BeginTransactionAsync())
        {
            await PostgresCaseJournal.AppendAsync(connection, rolledBack, caseId, true, DateTimeOffset.UtcNow, "journal_test", "staff:a", new { n = 1 }, CancellationToken.None);
            await rolledBack.RollbackAsync();
        }
        await using (var committed = await connection.BeginTransactionAsync())
        {
            await PostgresCaseJournal.AppendAsync(connection, committed, caseId, true, DateTimeOffset.UtcNow, "journal_test", "staff:a", new { n = 2 }, CancellationToken.None);
            await committed.CommitAsync();
        }

        Assert.Equal("2|staff:a|true", await harness.Database.ScalarAsync<string>(
            "SELECT string_agg(concat_ws('|', data->>'n', actor, verified::text), ', ') FROM case_event WHERE type = 'journal_test'"));
    }

    [Fact]
    public async Task A_system_event_through_the_port_carries_the_cases_own_verified_flag_and_its_data()
    {
        var harness = await IntakeHarness.CreateAsync(new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero)));
        var caseId = await CaseAsync(harness);
        var verified = await harness.Database.ScalarAsync<bool>("SELECT verified FROM cancellation_case WHERE id = @caseId", new { caseId });

        await new PostgresCaseJournal(harness.Database.DataSource).AppendSystemEventAsync(caseId, "confirmation_owed",
            new Dictionary<string, object?> { ["outboundId"] = 7L, ["channel"] = "x" }, DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.Equal($"system|{(verified ? "true" : "false")}|7|x", await harness.Database.ScalarAsync<string>(
            "SELECT concat_ws('|', actor, verified::text, data->>'outboundId', data->>'channel') FROM case_event WHERE type = 'confirmation_owed'"));
    }

    private static async Task<long> CaseAsync(IntakeHarness harness)
    {
        var reference = (await harness.Pipeline.AcceptAsync(Messages.Api("j1", "journaal@example.nl", "Ik zeg mijn abonnement op"), CancellationToken.None)).CaseReference!;
        return await harness.Database.ScalarAsync<long>("SELECT id FROM cancellation_case WHERE reference = @reference", new { reference });
    }
}
