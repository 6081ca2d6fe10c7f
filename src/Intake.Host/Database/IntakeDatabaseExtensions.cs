using Intake.Storage.Postgres.Schema;
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
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(WithPreparedStatements(connectionString)));
        builder.Services.AddSingleton<SchemaMigrator>();
        builder.Services.AddHostedService<SchemaMigrationService>();
        return builder;
    }

    /// <summary>
    /// The intake path runs the same few statements for every message: unless the connection string says otherwise
    /// (Max Auto Prepare=0 behind a transaction-pooling proxy), Npgsql prepares those used twice on each connection.
    /// </summary>
    private static string WithPreparedStatements(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare")) return connectionString;
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        settings.MaxAutoPrepare = 64;
        settings.AutoPrepareMinUsages = 2;
        return settings.ConnectionString;
    }
}

/// <summary>The connection string in use (Hangfire opens its own connections with it).</summary>
internal sealed record IntakeConnectionString(string Value);
