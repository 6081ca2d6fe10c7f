using System.Text;
using Intake.Channels.Twitter.Polling;
using Intake.Channels.Twitter.Sending;
using Intake.Channels.Twitter.Webhooks;
using Intake.Core.Observability;
using Intake.Core.Outbox;
using Intake.Core.Templates;
using Intake.Storage.Postgres;
using Intake.Testing;
using Intake.Testing.X;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intake.Channels.Twitter.Tests;

/// <summary>
/// The X channel wired as the host wires it, over the real pipeline on a fresh database, with its webhook on a
/// real Kestrel listener and the X API faked on loopback.
/// </summary>
internal sealed class XChannelRig : IAsyncDisposable
{
    public const string ConsumerSecret = "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw";

    private XChannelRig(FakeXApi api, IntakeHarness harness, WebApplication app)
    {
        Api = api;
        Harness = harness;
        App = app;
        Webhook = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
    }

    public FakeXApi Api { get; }
    public IntakeHarness Harness { get; }
    public WebApplication App { get; }
    public HttpClient Webhook { get; }
    public TestDatabase Database => Harness.Database;
    public ChannelHeartbeats Heartbeats => App.Services.GetRequiredService<ChannelHeartbeats>();
    public XPollJob PollJob => App.Services.GetRequiredService<XPollJob>();
    public IReplySender Sender => App.Services.GetRequiredService<IReplySender>();
    /// <summary>The real outbox dispatcher with the X sender registered, as the host's Hangfire job runs it.</summary>
    public OutboxDispatcher Dispatcher => new IntakeHarness(Database, TimeProvider.System, [Sender]).Dispatcher;

    public static async Task<XChannelRig> StartAsync(Action<XOptions>? configure = null)
    {
        var api = await FakeXApi.StartAsync();
        var harness = await IntakeHarness.CreateAsync(TimeProvider.System);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(harness.Database.DataSource);
        services.AddSingleton(harness.Gateway);
        services.AddSingleton(new ChannelHeartbeats(TimeProvider.System));
        services.AddSingleton<ReplyTemplates>(harness.Templates);
        services.Configure<XOptions>(o =>
        {
            o.ConsumerKey = "xvz1evFS4wEEPTGEFPHBog";
            o.ConsumerSecret = ConsumerSecret;
            o.AccessToken = "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb";
            o.AccessTokenSecret = "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE";
            o.BearerToken = "app-only-bearer";
            o.AccountId = FakeXApi.AccountId;
            o.BaseUrl = api.BaseUrl;
            configure?.Invoke(o);
        });
        services.AddXPayloadReader();
        services.AddPostgresStorage();
        services.AddXServices();
        services.AddSingleton<IReplySender, XReplySender>();
        services.AddTransient<XPollJob>();
        var app = builder.Build();
        XWebhookEndpoints.Map(app);
        await app.StartAsync();
        return new XChannelRig(api, harness, app);
    }

    /// <summary>POSTs a webhook delivery signed as X signs it (or with <paramref name="signature"/>).</summary>
    public Task<HttpResponseMessage> DeliverAsync(string body, string? signature = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/x") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("x-twitter-webhooks-signature", signature ?? AccountActivityPayloads.Sign(ConsumerSecret, body));
        return Webhook.SendAsync(request);
    }

    public Task<long> CountAsync(string table, string where = "true") => Database.ScalarAsync<long>($"SELECT count(*) FROM {table} WHERE {where}");

    public async ValueTask DisposeAsync()
    {
        Webhook.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        await Api.DisposeAsync();
        await Database.DisposeAsync();
    }
}
