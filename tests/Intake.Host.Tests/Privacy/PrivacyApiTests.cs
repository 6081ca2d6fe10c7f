using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hangfire;
using Intake.Core.Identity;
using Intake.Host.Privacy;
using Intake.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intake.Host.Tests.Privacy;

public sealed class PrivacyApiTests
{
    private const string Account = "NL7001";
    private const string Email = "pieter.post@example.nl";
    private const string Phone = "+31687654321";
    private const string Name = "Pieter Post";
    private const string Text = "Ik zeg mijn abonnement op, mijn geheime opzegtekst.";
    private static readonly string[] Traces = [Account, Email, Phone, "0687654321", Name, "geheime opzegtekst"];

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<(IntakeHostFactory Host, HttpClient Api, string Reference)> StartWithCaseAsync()
    {
        var host = await IntakeHostFactory.StartAsync();
        var (customerId, _) = await CustomerSeed.AddAsync(host.Database, Account, email: Email, phone: Phone);
        await host.Database.ExecuteAsync("UPDATE customer SET name = @Name WHERE id = @customerId", new { Name, customerId });
        var api = host.ApiClient();
        var accepted = await api.PostAsync("/api/v1/intake", Json($$"""{"externalId":"p-1","from":"{{Email}}","text":"{{Text}}","name":"{{Name}}"}"""));
        var reference = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseReference").GetString()!;
        await host.WaitForRepliesAsync(api, reference);
        return (host, api, reference);
    }

    private static async Task CompleteAsync(IntakeHostFactory host, HttpClient api, string reference)
    {
        var view = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{reference}");
        var completed = await api.PostAsync($"/api/v1/cases/{reference}/complete",
            Json($$"""{"endDate":"{{view.GetProperty("effectiveDate").GetString()}}"}"""));
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        await host.WaitForRepliesAsync(api, reference);
    }

    [Fact]
    public async Task Erasure_waits_for_the_open_case_then_export_shows_everything_and_after_erasure_nothing_is_left()
    {
        var (host, api, reference) = await StartWithCaseAsync();
        await using var _ = host;
        var erasure = Json($$"""{"accountNumber":"{{Account}}"}""");

        var refused = await api.PostAsync("/api/v1/privacy/erasures", erasure);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(reference, Assert.Single(problem.GetProperty("openCases").EnumerateArray()).GetString());
        Assert.DoesNotContain(Account, problem.ToString(), StringComparison.Ordinal);

        await CompleteAsync(host, api, reference);
        var export = await api.GetAsync($"/api/v1/privacy/exports?address={Uri.EscapeDataString("06 87654321")}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        var held = await export.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Name, held.GetProperty("customer").GetProperty("name").GetString());
        Assert.Equal(Text, Assert.Single(held.GetProperty("messages").EnumerateArray()).GetProperty("body_text").GetString());
        Assert.Equal(2, held.GetProperty("outboundMessages").GetArrayLength());
        Assert.Contains(Text, Assert.Single(held.GetProperty("rawPayloads").EnumerateArray()).GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Completed", Assert.Single(held.GetProperty("cases").EnumerateArray()).GetProperty("status").GetString());

        var erased = await api.PostAsync("/api/v1/privacy/erasures", Json($$"""{"accountNumber":"{{Account}}"}"""));

        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        var done = await erased.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("erased-", done.GetProperty("pseudonym").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, done.GetProperty("counts").GetProperty("messages").GetInt32());
        Assert.Empty(await PersonalDataScan.FindAsync(host.Database, Traces));
        var view = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{reference}");
        Assert.Equal("Completed", view.GetProperty("status").GetString());
        Assert.DoesNotContain("geheime", view.ToString(), StringComparison.Ordinal);
        var gone = await api.GetAsync($"/api/v1/privacy/exports?accountNumber={Account}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("application/problem+json", gone.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync("/api/v1/privacy/erasures", Json($$"""{"address":"{{Email}}"}"""))).StatusCode);
    }

    [Fact]
    public async Task Privacy_routes_need_the_api_key_and_exactly_one_subject()
    {
        await using var host = await IntakeHostFactory.StartAsync();
        var api = host.ApiClient();

        var anonymous = await host.CreateClient().GetAsync("/api/v1/privacy/exports?accountNumber=NL1");
        var both = await api.PostAsync("/api/v1/privacy/erasures", Json("""{"accountNumber":"NL1","address":"a@example.nl"}"""));
        var neither = await api.GetAsync("/api/v1/privacy/exports");
        var broken = await api.PostAsync("/api/v1/privacy/erasures", Json("{not json"));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (both.StatusCode, neither.StatusCode, broken.StatusCode));
        Assert.Equal("application/problem+json", both.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_retention_job_is_scheduled_and_purges_a_case_closed_long_enough_ago()
    {
        var (host, api, reference) = await StartWithCaseAsync();
        await using var _ = host;
        await CompleteAsync(host, api, reference);
        await host.Database.ExecuteAsync("UPDATE cancellation_case SET updated_at = now() - interval '25 months'");

        var purged = await host.Services.GetRequiredService<RetentionJob>().RunAsync(CancellationToken.None);

        Assert.Equal((1, 1, 1), (purged.Cases, purged.Messages, purged.RawPayloads));
        Assert.Empty(await PersonalDataScan.FindAsync(host.Database, ["geheime opzegtekst"]));
        Assert.NotEmpty(await PersonalDataScan.FindAsync(host.Database, [Email]));
        using var hangfire = host.Services.GetRequiredService<JobStorage>().GetConnection();
        Assert.Contains(RetentionJob.RecurringId, hangfire.GetAllItemsFromSet("recurring-jobs"));
    }

    [Fact]
    public async Task Log_lines_of_privacy_calls_carry_no_identifier_of_the_subject_once_masked()
    {
        var (host, api, reference) = await StartWithCaseAsync();
        await using var _ = host;
        await CompleteAsync(host, api, reference);
        var logs = new CapturedLogs();
        // Every category at Information, framework request lines (with their query strings) included.
        await using var logged = host.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs).AddFilter<CapturedLogs>(null, LogLevel.Information)));
        var client = logged.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", IntakeHostFactory.ApiKey);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/privacy/exports?address={Uri.EscapeDataString(Email)}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/privacy/exports?address={Uri.EscapeDataString(Phone)}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/v1/privacy/erasures", Json($$"""{"accountNumber":"{{Account}}"}"""))).StatusCode);

        Assert.Contains(logs.Lines, l => l.Contains("Personal data erased as erased-", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.Contains("/api/v1/privacy/exports?address=", StringComparison.Ordinal));
        var masked = string.Join("\n", logs.Lines.Select(PersonalDataRedactor.Redact));
        foreach (var personal in new[] { Account, "pieter.post", "31687654321", Name, "geheime" })
            Assert.DoesNotContain(personal, masked, StringComparison.OrdinalIgnoreCase);
    }
}
