using System.Text;
using Intake.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Host.Tests.Hostile;

/// <summary>The real host with chosen settings, whose requests can say which client IP they come from.</summary>
internal static class LimitedHost
{
    public static async Task<(IntakeHostFactory Host, WebApplicationFactory<Program> Factory)> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var host = new IntakeHostFactory(await PostgresServer.CreateDatabaseAsync(migrate: false), settings);
        // The derived factory is disposed with the host.
        var factory = host.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestClientAddress>()));
        _ = factory.Server;
        return (host, factory);
    }

    public static HttpClient Browser(WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public static HttpClient Api(WebApplicationFactory<Program> factory)
    {
        var client = Browser(factory);
        client.DefaultRequestHeaders.Add("X-Api-Key", IntakeHostFactory.ApiKey);
        return client;
    }

    public static StringContent IntakeBody(string externalId, string from, string text = "Ik zeg mijn abonnement op.") =>
        new($$"""{"externalId":"{{externalId}}","from":"{{from}}","text":"{{text}}"}""", Encoding.UTF8, "application/json");

    /// <summary>Every rate limit off: for tests that post more than a customer would.</summary>
    public static Dictionary<string, string?> Unlimited() => new()
    {
        ["Intake:RateLimits:PerIp:PermitLimit"] = "0",
        ["Intake:RateLimits:FormPerSender:PermitLimit"] = "0",
        ["Intake:RateLimits:ApiPerKey:PermitLimit"] = "0",
        ["Intake:RateLimits:ApiPerSender:PermitLimit"] = "0",
    };
}
