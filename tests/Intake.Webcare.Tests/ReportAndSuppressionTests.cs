using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Intake.Core.Console;
using Intake.Testing;
using Intake.Webcare.Tests.Support;

namespace Intake.Webcare.Tests;

public sealed class ReportAndSuppressionTests(ConsoleHostFixture fixture) : IClassFixture<ConsoleHostFixture>
{
    private readonly ConsoleHostFactory _host = fixture.Host;

    [Fact]
    public async Task The_reasons_report_draws_an_svg_chart_and_exports_csv_per_week_channel_and_reason()
    {
        var account = "NL" + Random.Shared.Next(100000, 999999);
        await CustomerSeed.AddAsync(_host.Database, account, email: $"r{account}@example.nl");
        var reference = (await _host.ReceiveAsync("email", $"r{account}@example.nl", "Hierbij zeg ik mijn abonnement op, ik ga verhuizen.")).CaseReference!;
        var supervisor = await _host.SignInAsync(StaffRoles.Supervisor);
        await ConsoleHostFactory.PostFormAsync(supervisor, $"/console/cases/{reference}", "Reason", new() { ["reason"] = "price" });

        var page = await supervisor.GetStringAsync("/console/reports/reasons");
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", page);
        Assert.Contains("role=\"img\"", page);
        Assert.DoesNotContain("<script", page);
        Assert.DoesNotContain("https://", page);
        var csv = await supervisor.GetAsync("/console/reports/reasons?handler=Csv&weeks=4");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("week,channel,reason,cases", lines[0]);
        Assert.Contains(lines, l => l.StartsWith(_host.Clock.GetUtcNow().ToString("yyyy") + "-W", StringComparison.Ordinal) && l.Contains(",email,price,"));
    }

    [Fact]
    public async Task The_suppression_list_names_customers_of_accepted_cases_as_json_or_csv_behind_the_api_key()
    {
        var account = "NL" + Random.Shared.Next(100000, 999999);
        var email = $"s{account}@example.nl";
        await CustomerSeed.AddAsync(_host.Database, account, email: email, phone: "+3166" + Random.Shared.Next(1000000, 9999999));
        await _host.ReceiveAsync("email", email, "Hierbij zeg ik mijn abonnement op.");
        var client = _host.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/suppression")).StatusCode);
        var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/v1/suppression") { Headers = { { "X-Api-Key", "nope" } } };
        var refused = await client.SendAsync(wrong);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);

        client.DefaultRequestHeaders.Add("X-Api-Key", ConsoleHostFactory.ApiKey);
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/suppression")).RootElement;
        var customer = json.GetProperty("customers").EnumerateArray().Single(c => c.GetProperty("accountNumber").GetString() == account);
        Assert.Equal(email, customer.GetProperty("email").GetString());
        Assert.Equal("Accepted", customer.GetProperty("latestStatus").GetString());

        var csvRequest = new HttpRequestMessage(HttpMethod.Get, "/api/v1/suppression");
        csvRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var csv = await (await client.SendAsync(csvRequest)).Content.ReadAsStringAsync();
        Assert.StartsWith("account_number,email,phone,x_user_id,since,latest_reference,latest_status,effective_date\r\n", csv);
        Assert.Contains(account + "," + email, csv);
        Assert.Equal(csv, await client.GetStringAsync("/api/v1/suppression?format=csv"));
    }
}
