using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Intake.Core.ApiKeys;
using Intake.Host.Tests.Privacy;
using Intake.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Intake.Host.Tests.Api;

public sealed class ScopedApiKeyTests
{
    private const string CrmKey = "crm-key-4f1b9a7e2c";
    private const string BillingKey = "billing-key-8d2e6c0a51";

    private static readonly Dictionary<string, string?> NamedKeys = new()
    {
        // The recommended form: only the hash is configured.
        ["Intake:Api:NamedKeys:crm:Sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CrmKey))),
        ["Intake:Api:NamedKeys:crm:Scopes"] = "intake cases:read",
        ["Intake:Api:NamedKeys:billing:Key"] = BillingKey,
        ["Intake:Api:NamedKeys:billing:Scopes"] = "webhooks,suppression",
    };

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Every_api_route_declares_a_known_scope()
    {
        await using var host = await IntakeHostFactory.StartAsync();

        var routes = OpenApiDocumentTests.ApiRoutes(host);

        Assert.NotEmpty(routes);
        Assert.All(routes, r => Assert.True(ApiScopes.IsKnown(r.Scope), $"{r.Method} {r.Path} declares no scope (RequireApiScope)"));
    }

    [Fact]
    public async Task A_key_without_the_routes_scope_gets_403_problem_and_the_log_names_the_key_never_its_value()
    {
        var logs = new CapturedLogs();
        await using var factory = new IntakeHostFactory(await PostgresServer.CreateDatabaseAsync(migrate: false), NamedKeys);
        await using var host = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        var crm = Client(host.CreateClient(), CrmKey);
        var billing = Client(host.CreateClient(), BillingKey);

        var intake = await crm.PostAsync("/api/v1/intake", Json("""{"externalId":"crm-1","from":"jan@example.nl","text":"Ik zeg op."}"""));
        var reference = (await intake.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseReference").GetString();
        var read = await crm.GetAsync($"/api/v1/cases/{reference}");
        var erase = await crm.PostAsync("/api/v1/privacy/erasures", Json("""{"address":"jan@example.nl"}"""));
        var suppressionByCrm = await crm.GetAsync("/api/v1/suppression");
        var suppression = await billing.GetAsync("/api/v1/suppression");
        var deliveries = await billing.GetAsync("/api/v1/webhooks/deliveries");
        var intakeByBilling = await billing.PostAsync("/api/v1/intake", Json("""{"externalId":"b-1","from":"piet@example.nl","text":"Ik zeg op."}"""));

        Assert.Equal(HttpStatusCode.Accepted, intake.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.OK, suppression.StatusCode);
        Assert.Equal(HttpStatusCode.OK, deliveries.StatusCode);
        foreach (var (refused, scope) in new[] { (erase, "privacy"), (suppressionByCrm, "suppression"), (intakeByBilling, "intake") })
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Equal(scope, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("requiredScope").GetString());
        }
        Assert.Equal(1, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM raw_payload"));
        Assert.Contains(logs.Lines, l => l.Contains("API key crm refused on POST /api/v1/privacy/erasures", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains(CrmKey, StringComparison.Ordinal) || l.Contains(BillingKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_flat_key_list_keeps_every_scope_and_an_unknown_key_or_a_wrong_hash_gets_401()
    {
        var settings = new Dictionary<string, string?>(NamedKeys)
        {
            ["Intake:Api:NamedKeys:old:Sha256"] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("some other key"))),
            ["Intake:Api:NamedKeys:old:Scopes"] = "privacy",
        };
        await using var host = new IntakeHostFactory(await PostgresServer.CreateDatabaseAsync(migrate: false), settings);
        var flat = host.ApiClient();

        var privacy = await flat.GetAsync("/api/v1/privacy/exports?address=nobody@example.nl");
        var webhooks = await flat.GetAsync("/api/v1/webhooks/endpoints");
        var suppression = await flat.GetAsync("/api/v1/suppression");
        // The hash itself is no key; nor is a key whose hash is not configured.
        var byHash = await Client(host.CreateClient(), NamedKeys["Intake:Api:NamedKeys:crm:Sha256"]!).GetAsync("/api/v1/cases?sender=a@example.nl");
        var unknown = await Client(host.CreateClient(), "crm-key-4f1b9a7e2d").GetAsync("/api/v1/cases?sender=a@example.nl");

        Assert.Equal(HttpStatusCode.NotFound, privacy.StatusCode);
        Assert.Equal(HttpStatusCode.OK, webhooks.StatusCode);
        Assert.Equal(HttpStatusCode.OK, suppression.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, byHash.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("Intake:Api:NamedKeys:x:Scopes", "intake erase-everything", "unknown scope 'erase-everything'")]
    [InlineData("Intake:Api:NamedKeys:x:Sha256", "abc", "64 hex digits")]
    [InlineData("Intake:Api:NamedKeys:x:Key", "k-also-a-key", "exactly one of them")]
    public async Task A_misconfigured_named_key_stops_the_host_at_start(string setting, string value, string message)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Intake:Api:NamedKeys:x:Sha256"] = new string('a', 64),
            ["Intake:Api:NamedKeys:x:Scopes"] = "intake",
            [setting] = value,
        };
        await using var host = new IntakeHostFactory(await PostgresServer.CreateDatabaseAsync(migrate: false), settings);

        var error = Assert.ThrowsAny<Exception>(() => host.Server);

        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }

    private static HttpClient Client(HttpClient client, string key)
    {
        client.DefaultRequestHeaders.Add(ApiKeyring.Header, key);
        return client;
    }
}
