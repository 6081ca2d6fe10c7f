using System.Net.Http.Json;
using System.Text.Json;
using Intake.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Intake.Host.Tests;

/// <summary>The real host (Hangfire, outbox, API, form) on a fresh test database.</summary>
public sealed class IntakeHostFactory(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-key-0123456789";

    public TestDatabase Database { get; } = database;

    public static async Task<IntakeHostFactory> StartAsync()
    {
        var factory = new IntakeHostFactory(await PostgresServer.CreateDatabaseAsync(migrate: false));
        _ = factory.Server;
        return factory;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Intake", Database.ConnectionString);
        builder.UseSetting("Intake:Api:Keys:0", ApiKey);
        builder.UseSetting("Intake:Hangfire:WorkerCount", "2");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
    }

    public HttpClient ApiClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    /// <summary>Waits (bounded) until every reply of the case has left the outbox; returns the case as the API shows it.</summary>
    public async Task<JsonElement> WaitForRepliesAsync(HttpClient api, string reference, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var view = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{reference}");
            var outbound = view.GetProperty("outbound").EnumerateArray().ToList();
            if (outbound.Count > 0 && outbound.All(o => o.GetProperty("status").GetString() is not ("queued" or "sending")))
                return view;
            if (DateTime.UtcNow > deadline) return view;
            await Task.Delay(50);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }
}
