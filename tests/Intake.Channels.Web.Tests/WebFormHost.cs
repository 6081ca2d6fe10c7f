using Intake.Core.Classification;
using Intake.Core.Configuration;
using Intake.Core.EffectiveDates;
using Intake.Core.Observability;
using Intake.Core.Pipeline;
using Intake.Core.Templates;
using Intake.Storage.Postgres;
using Intake.Storage.Postgres.Why;
using Intake.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace Intake.Channels.Web.Tests;

/// <summary>
/// A minimal host with the web pages over the real pipeline and PostgreSQL stores, on a fresh database.
/// Tuesday 24 November 2026, 20:15 in Amsterdam.
/// </summary>
public sealed class WebFormHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 19, 15, 0, TimeSpan.Zero);

    private readonly WebApplication _app;

    private WebFormHost(WebApplication app, TestDatabase database, FakeTimeProvider time)
    {
        _app = app;
        Database = database;
        Time = time;
    }

    public TestDatabase Database { get; }
    public FakeTimeProvider Time { get; }
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the host; <paramref name="configure"/> may replace services after the real ones are registered.</summary>
    public static async Task<WebFormHost> StartAsync(Action<IServiceCollection>? configure = null)
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        var time = new FakeTimeProvider(Now);
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        var services = builder.Services;
        services.AddWebChannel();
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddSingleton(database.DataSource);
        services.AddPostgresStorage();
        services.AddPostgresWhyAnswers();
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(time));
        var config = ChannelConfigDirectory.Find();
        services.AddSingleton<IIntentClassifier>(TestClassification.Classifier);
        services.AddSingleton(TestClassification.Net);
        services.AddSingleton(new ReplyTemplates(Path.Combine(config, "templates")));
        services.AddSingleton<EffectiveDateCalculator>();
        services.AddSingleton(Substitute.For<IIntakeSignal>());
        services.AddSingleton(new PipelineOptions { PublicBaseUrl = "https://intake.example.nl" });
        services.AddMetrics();
        services.TryAddSingleton<IntakeMetrics>();
        services.AddSingleton<IntakePipeline>();
        services.AddSingleton<IntakeGateway>();
        services.AddSingleton<QuarantineReplayer>();
        configure?.Invoke(services);

        var app = builder.Build();
        app.MapWebForm();
        await app.StartAsync();
        return new WebFormHost(app, database, time);
    }

    /// <summary>A new visitor: its own cookies, no redirects followed.</summary>
    public Browser NewBrowser() => new(NewClient());

    public HttpClient NewClient() => new(new CookieJar(_app.GetTestServer().CreateHandler())) { BaseAddress = new Uri("http://localhost") };

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await Database.DisposeAsync();
    }
}
