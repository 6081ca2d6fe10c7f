using System.Text;
using Intake.Testing;
using Intake.Testing.X;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Intake.Host.Tests.X;

/// <summary>The real host with the X channel configured against a fake X API on loopback.</summary>
internal sealed class XHost : IAsyncDisposable
{
    public const string ConsumerSecret = "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw";
    private readonly IntakeHostFactory _base;

    private XHost(IntakeHostFactory @base, WebApplicationFactory<Program> factory, FakeXApi api)
    {
        _base = @base;
        Factory = factory;
        Api = api;
    }

    public WebApplicationFactory<Program> Factory { get; }
    public FakeXApi Api { get; }
    public TestDatabase Database => _base.Database;
    public IServiceProvider Services => Factory.Services;

    /// <summary>Starts the host; <paramref name="configured"/> false leaves the X credentials out; <paramref name="hostSettings"/> adds settings.</summary>
    public static async Task<XHost> StartAsync(bool configured = true, IReadOnlyDictionary<string, string?>? hostSettings = null)
    {
        var api = await FakeXApi.StartAsync();
        var @base = new IntakeHostFactory(await PostgresServer.CreateDatabaseAsync(migrate: false), hostSettings);
        var factory = @base.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Intake:X:BaseUrl", api.BaseUrl);
            builder.UseSetting("Intake:X:AccountId", FakeXApi.AccountId);
            if (!configured) return;
            builder.UseSetting("Intake:X:ConsumerKey", "xvz1evFS4wEEPTGEFPHBog");
            builder.UseSetting("Intake:X:ConsumerSecret", ConsumerSecret);
            builder.UseSetting("Intake:X:AccessToken", "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb");
            builder.UseSetting("Intake:X:AccessTokenSecret", "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE");
        });
        _ = factory.Server;
        return new XHost(@base, factory, api);
    }

    public HttpClient ApiClient()
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", IntakeHostFactory.ApiKey);
        return client;
    }

    public Task<System.Text.Json.JsonElement> WaitForRepliesAsync(string reference) => _base.WaitForRepliesAsync(ApiClient(), reference);

    public Task<HttpResponseMessage> DeliverAsync(string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/x") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("x-twitter-webhooks-signature", AccountActivityPayloads.Sign(ConsumerSecret, body));
        return Factory.CreateClient().SendAsync(request);
    }

    /// <summary>A customer on file whose X account is linked to them.</summary>
    public async Task<string> KnownCustomerAsync(string username, string account, string product)
    {
        var userId = Api.AddUser(username);
        var (customerId, _) = await CustomerSeed.AddAsync(Database, account, email: $"{username}@example.nl", product: product);
        await Database.ExecuteAsync("INSERT INTO identity_link (kind, value, customer_id, verified) VALUES ('x', @userId, @customerId, true)", new { userId, customerId });
        return userId;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _base.DisposeAsync();
        await Api.DisposeAsync();
    }
}
