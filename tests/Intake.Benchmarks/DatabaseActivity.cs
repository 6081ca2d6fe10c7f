using Dapper;
using Npgsql;

namespace Intake.Benchmarks;

/// <summary>
/// PostgreSQL's own counters (commits, row writes per table) at one moment; the difference over a window divided
/// by the intakes in it shows where the database work of one intake goes.
/// </summary>
internal sealed record DatabaseActivity(long Commits, long Rollbacks, IReadOnlyDictionary<string, long> RowWrites)
{
    private const string Sql = """
        SELECT xact_commit AS Commits, xact_rollback AS Rollbacks FROM pg_stat_database WHERE datname = current_database();
        SELECT schemaname || '.' || relname AS Name, (n_tup_ins + n_tup_upd + n_tup_del)::bigint AS Writes FROM pg_stat_all_tables
        WHERE schemaname NOT IN ('pg_catalog', 'information_schema', 'pg_toast');
        """;

    public static async Task<DatabaseActivity> SnapshotAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        // Backends publish their statistics at most once a second; let the last of them land.
        await Task.Delay(TimeSpan.FromSeconds(1.5), cancellationToken);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var reader = await connection.QueryMultipleAsync(new CommandDefinition(Sql, cancellationToken: cancellationToken));
        var totals = await reader.ReadSingleAsync<Totals>();
        var writes = (await reader.ReadAsync<TableWrites>()).ToDictionary(row => row.Name, row => row.Writes, StringComparer.Ordinal);
        return new DatabaseActivity(totals.Commits, totals.Rollbacks, writes);
    }

    /// <summary>Per intake: commits and row writes (tables with at least 0.05 per intake), costliest first.</summary>
    public IReadOnlyList<(string Name, double PerIntake)> PerIntakeSince(DatabaseActivity before, int intakes)
    {
        if (intakes == 0) return [];
        var rows = new List<(string, double)> { ("commits", (Commits - before.Commits) / (double)intakes) };
        rows.AddRange(RowWrites
            .Select(table => (table.Key, (table.Value - before.RowWrites.GetValueOrDefault(table.Key)) / (double)intakes))
            .Where(table => table.Item2 >= 0.05)
            .OrderByDescending(table => table.Item2));
        return rows;
    }

    private sealed record Totals(long Commits, long Rollbacks);

    private sealed record TableWrites(string Name, long Writes);
}
