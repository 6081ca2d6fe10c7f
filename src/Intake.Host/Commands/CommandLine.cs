using Intake.Core.Classification;
using Intake.Core.Classification.SafetyNet;
using Intake.Core.Configuration;
using Intake.Core.Console;
using Intake.Host.Database;
using Intake.Host.Events;
using Intake.Host.Intake;
using Intake.Host.Observability;
using Intake.Storage.Postgres.Customers;
using Intake.Storage.Postgres.Why;
using Microsoft.Extensions.Logging.Console;
using Npgsql;

namespace Intake.Host.Commands;

/// <summary>The host's commands: migrate, classify, import-customers, replay, erase-customer, export-customer, ... Logs go to stderr; stdout carries results only.</summary>
internal static class CommandLine
{
    private const string Usage =
        """
        usage: intake <command> [arguments]
          migrate                              apply the database migrations and print the schema version
          classify                             JSON Lines on stdin -> one JSON line per input on stdout (no database)
          import-customers FILE.csv [--skip-invalid]
                                               import the customer directory (all-or-nothing unless --skip-invalid)
          replay (--all | RAW_PAYLOAD_ID...)   run quarantined payloads through the pipeline again
          add-staff --email E --role agent|supervisor|admin [--password-stdin] [--language nl|en|de]
                                               create a console account (without --password-stdin a password is printed once)
          deactivate-staff EMAIL               a console account can no longer sign in; its sessions end at once
          reactivate-staff EMAIL               lets a deactivated console account sign in again
          replay-events [--endpoint NAME] (--event ID | --from TIME [--to TIME])
                                               send events to billing/CRM endpoints again
          erase-customer (--account N | --address A)
                                               pseudonymise everything held about a customer or address
                                               (exit 0 done, 2 unknown subject, 1 error or still needed by an open case)
          export-customer (--account N | --address A) [--out FILE]
                                               everything held about a customer or address as JSON (exit 0, 2 unknown, 1 error)
          health-check [URL]                   GET a running gateway's /health/live (default port: ASPNETCORE_HTTP_PORTS, else 8080);
                                               exit 0 on 2xx, else 1 (the container's HEALTHCHECK)
        Without arguments the gateway starts. Settings come from appsettings.json, environment variables
        (e.g. ConnectionStrings__Intake) and DOTNET_ENVIRONMENT=Development for the private development database.
        """;

    private static readonly string[] Names = ["migrate", "classify", "import-customers", "replay", "replay-events", "add-staff", "deactivate-staff", "reactivate-staff", "erase-customer", "export-customer", "health-check", "help", "--help", "-h"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Names.Contains(args[0], StringComparer.Ordinal);

    public static async Task<int> RunAsync(string[] args)
    {
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        var rest = args[1..];
        try
        {
            return args[0] switch
            {
                "classify" => await ClassifyAsync(stop.Token),
                "health-check" => await HealthCheckCommand.RunAsync(rest, Console.Out, stop.Token),
                "migrate" => await WithDatabaseAsync(async (sp, ct) =>
                {
                    // The database was migrated before any command runs: report where it stands.
                    var version = await sp.GetRequiredService<SchemaMigrator>().CurrentVersionAsync(ct);
                    await Console.Out.WriteLineAsync($"schema version {version}");
                    return 0;
                }, stop.Token),
                "import-customers" => await WithDatabaseAsync((sp, ct) => ImportCustomersCommand.RunAsync(
                    sp.GetRequiredService<NpgsqlDataSource>(), rest, Console.Out, Console.Error, !Console.IsErrorRedirected, ct), stop.Token),
                "replay" => await WithDatabaseAsync((sp, ct) => ReplayCommand.RunAsync(sp.GetRequiredService<QuarantineReplayer>(), rest, Console.Out, Console.Error, ct), stop.Token),
                "replay-events" => await WithDatabaseAsync((sp, ct) => ReplayEventsCommand.RunAsync(sp.GetRequiredService<IWebhookDeliveryStore>(), rest, Console.Out, Console.Error, ct), stop.Token),
                "add-staff" => await WithDatabaseAsync((sp, ct) => AddStaffCommand.RunAsync(
                    sp.GetRequiredService<IStaffUsers>(), rest, Console.In, Console.Out, Console.Error, ct), stop.Token),
                "deactivate-staff" or "reactivate-staff" => await WithDatabaseAsync((sp, ct) => StaffActivationCommand.RunAsync(
                    sp.GetRequiredService<IStaffUsers>(), sp.GetRequiredService<IStaffLifecycle>(), args[0] == "reactivate-staff", rest, Console.Out, Console.Error, ct), stop.Token),
                "erase-customer" => await WithDatabaseAsync((sp, ct) => EraseCustomerCommand.RunAsync(
                    sp.GetRequiredService<IPersonalDataErasure>(), TimeProvider.System, rest, Console.Out, Console.Error, ct), stop.Token),
                "export-customer" => await WithDatabaseAsync((sp, ct) => ExportCustomerCommand.RunAsync(
                    sp.GetRequiredService<IPersonalDataExport>(), rest, Console.Out, Console.Error, ct), stop.Token),
                _ => await HelpAsync(),
            };
        }
        catch (Exception e) when (e is InvalidOperationException or NpgsqlException or DirectoryNotFoundException or IOException)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }

    private static async Task<int> HelpAsync()
    {
        await Console.Error.WriteLineAsync(Usage);
        return 2;
    }

    private static async Task<int> ClassifyAsync(CancellationToken cancellationToken)
    {
        var builder = CreateBuilder();
        var directory = ChannelConfigDirectory.Find(builder.Configuration["Intake:ChannelConfigPath"]);
        var phrases = PhraseBook.Load(Path.Combine(directory, "intents"));
        var options = builder.Configuration.GetSection("Intake:Classifier").Get<ClassifierOptions>() ?? new ClassifierOptions();
        var net = new CancellationSafetyNet(phrases, options.OtherThreshold);
        var classifier = ModelAssistedIntentClassifier.Create(phrases, net, Path.Combine(directory, ModelAssistedIntentClassifier.TrainingDirectory), options.CancelThreshold, options.CueCancelThreshold);
        return await ClassifyCommand.RunAsync(classifier, net, Console.In, Console.Out, TimeProvider.System, cancellationToken);
    }

    private static async Task<int> WithDatabaseAsync(Func<IServiceProvider, CancellationToken, Task<int>> run, CancellationToken cancellationToken)
    {
        var builder = CreateBuilder();
        builder.AddIntakeDatabase(attach: true);
        builder.AddIntakeCore();
        builder.AddIntakeEvents();
        builder.Services.AddPostgresPrivacy();
        // The web channel's handlers come with the payload readers; Development validates them at build.
        builder.Services.AddPostgresWhyAnswers();
        builder.Services.AddSingleton<IIntakeSignal, NoSignal>();
        Web.WebChannelsExtensions.AddRawPayloadReaders(builder);
        using var host = builder.Build();
        try
        {
            await host.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(cancellationToken);
            return await run(host.Services, cancellationToken);
        }
        finally
        {
            if (host.Services.GetService<PrivatePostgresCluster>() is { } cluster) await cluster.DisposeAsync();
        }
    }

    private static HostApplicationBuilder CreateBuilder()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => { o.FormatterName = MaskingConsoleFormatter.Name; o.LogToStandardErrorThreshold = LogLevel.Trace; })
            .AddConsoleFormatter<MaskingConsoleFormatter, ConsoleFormatterOptions>();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        return builder;
    }

    // Rows written by a command are sent by a running host, which polls for them.
    private sealed class NoSignal : IIntakeSignal
    {
        public void OutboxWritten()
        {
        }
    }
}
