using Intake.Storage.Postgres.Schema;
using Intake.Testing;

namespace Intake.Host.Tests.Commands;

public sealed class MigrateCommandTests
{
    [Fact]
    public async Task Migrate_brings_an_empty_database_to_the_latest_version_and_says_so_every_time()
    {
        var database = await PostgresServer.CreateDatabaseAsync(migrate: false);
        await using var _ = database;
        var latest = SchemaMigrator.EmbeddedMigrations().Max(m => m.Version);

        var first = await HostCommand.RunAsync(database.ConnectionString, "migrate");
        var again = await HostCommand.RunAsync(database.ConnectionString, "migrate");

        Assert.True(first.Exit == 0, first.Output);
        Assert.Equal($"schema version {latest}", first.Output.Trim());
        Assert.Equal((0, $"schema version {latest}"), (again.Exit, again.Output.Trim()));
        Assert.Equal(latest, await database.ScalarAsync<int>("SELECT max(version) FROM schema_version"));
    }
}
