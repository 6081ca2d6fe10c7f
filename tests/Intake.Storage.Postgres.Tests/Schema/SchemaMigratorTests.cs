using Intake.Storage.Postgres.Schema;
using Intake.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Intake.Storage.Postgres.Tests.Schema;

public sealed class SchemaMigratorTests
{
    [Fact]
    public async Task Hosts_migrating_at_once_apply_each_migration_exactly_once()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync(migrate: false);
        var migrators = Enumerable.Range(0, 4).Select(_ => new SchemaMigrator(db.DataSource, NullLogger<SchemaMigrator>.Instance));

        var applied = await Task.WhenAll(migrators.Select(m => m.MigrateAsync(CancellationToken.None)));

        Assert.Equal(SchemaMigrator.EmbeddedMigrations().Count, applied.Sum());
        Assert.Equal(SchemaMigrator.EmbeddedMigrations().Count, await db.ScalarAsync<long>("SELECT count(*) FROM schema_version"));
    }

    [Fact]
    public async Task Case_events_refuse_update_and_delete()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();
        await db.ExecuteAsync("""
            INSERT INTO cancellation_case (reference, status, received_at, first_channel, verified, why_token, created_at, updated_at)
            VALUES ('C-2026-000001', 'Accepted', now(), 'web', true, 'tok', now(), now());
            INSERT INTO case_event (case_id, at, type, actor, verified) SELECT id, now(), 'opened', 'system', true FROM cancellation_case;
            """);

        var update = await Assert.ThrowsAsync<PostgresException>(() => db.ExecuteAsync("UPDATE case_event SET type = 'x'"));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => db.ExecuteAsync("DELETE FROM case_event"));

        Assert.Contains("append-only", update.MessageText, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.MessageText, StringComparison.Ordinal);
        Assert.Equal(1, await db.ScalarAsync<long>("SELECT count(*) FROM case_event"));
    }
}
