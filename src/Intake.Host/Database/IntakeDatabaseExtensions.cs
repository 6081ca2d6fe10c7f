using Npgsql;

namespace Intake.Host.Database;

/// <summary>Registers the PostgreSQL data source: ConnectionStrings:Intake, or a private cluster in Development.</summary>
internal static class IntakeDatabaseExtensions
{
    /// <param name="attach">For commands: use the development cluster of a running host instead of taking it over.</param>
    public static IHostApplicationBuilder AddIntakeDatabase(this IHostApplicationBuilder builder, bool attach = false)
    {
        var connectionString = builder.Configuration.GetConnectionString("Intake");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (!builder.Environment.IsDevelopment())
                throw new InvalidOperationException(
                    "ConnectionStrings:Intake is not set. Outside Development Intake needs a PostgreSQL connection string " +
                    "(setting ConnectionStrings:Intake or environment variable ConnectionStrings__Intake).");
            // Startup cannot go on without the database, so waiting for it here is the right thing.
            var (cluster, devConnectionString) = DevDatabase.StartAsync(
                builder.Configuration["Intake:Dev:DataDirectory"], builder.Environment.ContentRootPath, attach, CancellationToken.None).GetAwaiter().GetResult();
            builder.Services.AddSingleton(cluster);
            builder.Services.AddHostedService<DevClusterLifetime>();
            connectionString = devConnectionString;
        }
        builder.Services.AddSingleton(new IntakeConnectionString(connectionString));
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(ForIntake(connectionString)));
        builder.Services.AddSingleton<SchemaMigrator>();
        builder.Services.AddHostedService<SchemaMigrationService>();
        return builder;
    }

    /// <summary>
    /// The intake path runs the same few statements for every message: unless the connection string says otherwise
    /// (Max Auto Prepare=0 behind a transaction-pooling proxy), Npgsql prepares those used twice on each connection.
    /// Nor does it reset a connection going back to the pool, unless the string sets No Reset On Close: the reset is
    /// seven statements before the next use (RESET ALL, CLOSE ALL, UNLISTEN *, pg_advisory_unlock_all(), DISCARD
    /// SEQUENCES, DISCARD TEMP, SET SESSION AUTHORIZATION DEFAULT), and nothing on these connections leaves that state
    /// behind: settings are SET LOCAL, temporary tables ON COMMIT DROP, advisory locks per transaction or released
    /// before the connection is returned, no LISTEN (Hangfire opens its own connections). An open transaction is
    /// still rolled back on return either way.
    /// </summary>
    private static string ForIntake(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            settings.MaxAutoPrepare = 64;
            settings.AutoPrepareMinUsages = 2;
        }
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose")) settings.NoResetOnClose = true;
        return settings.ConnectionString;
    }
}

/// <summary>The connection string in use (Hangfire opens its own connections with it).</summary>
internal sealed record IntakeConnectionString(string Value);
