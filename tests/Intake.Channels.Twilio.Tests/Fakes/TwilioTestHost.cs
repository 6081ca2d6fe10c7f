using Intake.Core.Classification;
using Intake.Core.Configuration;
using Intake.Core.Observability;
using Intake.Core.Outbox;
using Intake.Core.Pipeline;
using Intake.Core.Templates;
using Intake.Storage.Postgres;
using Intake.Testing;
using Intake.Testing.Twilio;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Intake.Channels.Twilio.Tests.Fakes;

/// <summary>
/// The Twilio channel as the host wires it, on a loopback Kestrel port over a fresh database: the real verifier,
/// gateway, pipeline, stores and senders; <see cref="DispatchAsync"/> runs the outbox as the Hangfire job would.
/// </summary>
public sealed class TwilioTestHost : IAsyncDisposable
{
    public const string AuthToken = FakeTwilioApi.AuthToken;
    private readonly WebApplication _app;
    private readonly IntakeHarness _harness;

    private TwilioTestHost(WebApplication app, IntakeHarness harness, string baseUrl, string? publicBaseUrl)
    {
        _app = app;
        _harness = harness;
        BaseUrl = baseUrl;
        SignedBaseUrl = publicBaseUrl?.TrimEnd('/') ?? baseUrl;
        Http = new HttpClient { BaseAddress = new Uri(baseUrl) };
    }

    public string BaseUrl { get; }
    /// <summary>The base Twilio signs: Intake:Twilio:PublicBaseUrl when set, else the loopback address.</summary>
    public string SignedBaseUrl { get; }
    public HttpClient Http { get; }
    public TestDatabase Database => _harness.Database;
    public IServiceProvider Services => _app.Services;

    public static async Task<TwilioTestHost> StartAsync(FakeTwilioApi? api, TimeProvider? time = null, IDictionary<string, string?>? settings = null)
    {
        time ??= TimeProvider.System;
        var database = await PostgresServer.CreateDatabaseAsync();
        var harness = new IntakeHarness(database, time, []);
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var config = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Intake:Twilio:AuthToken"] = AuthToken,
            ["Intake:Twilio:RetryDelay"] = "00:00:00.010",
        };
        if (api is not null)
        {
            config["Intake:Twilio:AccountSid"] = FakeTwilioApi.AccountSid;
            config["Intake:Twilio:From"] = "+3197010000001";
            config["Intake:Twilio:BaseUrl"] = api.BaseUrl;
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) config[key] = value;
        builder.Configuration.AddInMemoryCollection(config);
        var services = builder.Services;
        services.AddSingleton(time);
        services.AddSingleton(database.DataSource);
        services.AddPostgresStorage();
        services.AddSingleton(harness.Gateway);
        services.AddSingleton<IRawPayloadStore>(harness.RawPayloads);
        services.AddSingleton(new ChannelHeartbeats(time));
        services.AddSingleton(new ReplyTemplates(Path.Combine(ChannelConfigDirectory.Find(), "templates")));
        services.AddSingleton(new PipelineOptions());
        services.AddSingleton<IIntentClassifier>(TestClassification.Classifier);
        services.AddSingleton(TestClassification.Net);
        builder.AddTwilioChannel();
        var app = builder.Build();
        app.MapTwilioWebhooks();
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new TwilioTestHost(app, harness, url, config.GetValueOrDefault("Intake:Twilio:PublicBaseUrl"));
    }

    /// <summary>Posts form fields signed as Twilio signs them (for the URL Twilio would call).</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string pathAndQuery, IEnumerable<KeyValuePair<string, string>> fields, string? signature = null)
    {
        var list = fields.ToList();
        var request = new HttpRequestMessage(HttpMethod.Post, pathAndQuery) { Content = new FormUrlEncodedContent(list) };
        request.Headers.Add("X-Twilio-Signature", signature ?? TwilioWebhookSigner.Sign(AuthToken, SignedBaseUrl + pathAndQuery, list));
        return Http.SendAsync(request);
    }

    /// <summary>Runs the outbox dispatcher with the senders the channel registered (none without credentials).</summary>
    public Task<int> DispatchAsync()
    {
        var harness = new IntakeHarness(Database, Services.GetRequiredService<TimeProvider>(), [.. Services.GetServices<IReplySender>()])
        {
            Fallback = Services.GetRequiredService<IReplyFallback>(),
        };
        // One attempt per call: a transient failure waits for the next dispatch, as it would in production.
        harness.OutboxOptions.FirstRetryDelay = harness.OutboxOptions.MaxRetryDelay = TimeSpan.FromHours(1);
        return harness.Dispatcher.DispatchAsync(CancellationToken.None);
    }

    /// <summary>The outbox rows of a case, oldest first.</summary>
    public Task<IReadOnlyList<OutboundRow>> OutboundAsync(string reference) =>
        Database.QueryAsync<OutboundRow>(
            """
            SELECT o.kind AS Kind, o.channel AS Channel, o.recipient AS Recipient, o.status AS Status, o.provider_id AS ProviderId,
                   o.last_error AS LastError, o.body AS Body
            FROM outbound_message o JOIN cancellation_case c ON c.id = o.case_id WHERE c.reference = @reference ORDER BY o.id
            """, new { reference });

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>One outbox row as the tests look at it.</summary>
public sealed record OutboundRow(string Kind, string Channel, string Recipient, string Status, string? ProviderId, string? LastError, string Body);
