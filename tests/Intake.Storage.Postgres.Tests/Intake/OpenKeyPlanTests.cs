using System.Text.RegularExpressions;
using Dapper;
using Intake.Core.Model;
using Intake.Storage.Postgres.Intake;
using Intake.Testing;

namespace Intake.Storage.Postgres.Tests.Intake;

/// <summary>A read of the open case by open_key uses the partial unique index, also as the generic plan of a prepared statement.</summary>
public sealed class OpenKeyPlanTests
{
    [Fact]
    public void The_open_statuses_written_out_for_the_index_are_the_open_statuses()
    {
        var written = Regex.Matches(PostgresIntakeSession.OpenStatusesInIndex, "'([^']+)'").Select(m => m.Groups[1].Value);

        Assert.Equal(CaseStatuses.Open.Order(StringComparer.Ordinal), written.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_generic_plan_of_the_read_by_open_key_scans_the_partial_index_not_the_table()
    {
        var harness = await IntakeHarness.CreateAsync();
        await using var connection = await harness.Database.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("SET plan_cache_mode = force_generic_plan");
        await connection.ExecuteAsync(
            $"PREPARE open_by_key(text) AS SELECT id FROM cancellation_case WHERE open_key = $1 AND {PostgresIntakeSession.OpenStatusesInIndex} FOR UPDATE");

        var plan = string.Join('\n', await connection.QueryAsync<string>("EXPLAIN EXECUTE open_by_key('contract:1')"));

        Assert.Contains("cancellation_case_one_open", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
    }
}
