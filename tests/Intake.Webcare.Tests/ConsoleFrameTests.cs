using System.Net;
using Intake.Core.Console;
using Intake.Core.Pipeline;
using Intake.Webcare.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Webcare.Tests;

public sealed class ConsoleFrameTests(ConsoleHostFixture fixture) : IClassFixture<ConsoleHostFixture>
{
    private readonly ConsoleHostFactory _host = fixture.Host;

    [Fact]
    public async Task A_stopped_channel_shows_a_warning_banner_on_every_page()
    {
        await _host.Database.ExecuteAsync(
            "INSERT INTO channel_heartbeat (channel, last_ok_at, last_error_at, last_error) VALUES ('whatsapp', now() - interval '1 hour', now(), 'login refused')");
        var client = await _host.SignInAsync(StaffRoles.Agent);
        foreach (var url in new[] { "/console", "/console/manual", "/console/callbacks" })
        {
            var page = await client.GetStringAsync(url);
            Assert.Contains("Channel whatsapp has stopped", page);
            Assert.Contains("login refused", page);
        }
        await _host.Database.ExecuteAsync("DELETE FROM channel_heartbeat WHERE channel = 'whatsapp'");
    }

    [Fact]
    public async Task A_quarantined_payload_is_listed_with_its_reason_and_replayed_by_staff()
    {
        var gateway = _host.Services.GetRequiredService<IntakeGateway>();
        var submission = Guid.NewGuid().ToString();
        var body = $"submission={submission}&source=letter&receivedAt=2026-11-20T09%3A15&contact=q%40example.nl&declaration=ordinary&language=nl&text=Ik+zeg+op&enteredBy=staff%3A1&enteredAt=2026-11-21T10%3A00%3A00Z";
        var raw = new RawPayload("manual", submission, "application/x-www-form-urlencoded", System.Text.Encoding.UTF8.GetBytes(body), _host.Clock.GetUtcNow());
        var quarantined = await gateway.ReceiveAsync(raw, () => throw new FormatException("simulated mapping bug"), CancellationToken.None);
        Assert.True(quarantined.Quarantined);

        var client = await _host.SignInAsync(StaffRoles.Agent);
        var page = await client.GetStringAsync("/console/quarantine");
        Assert.Contains($"data-raw=\"{quarantined.RawPayloadId}\"", page);
        Assert.Contains("simulated mapping bug", page);

        var replay = await ConsoleHostFactory.PostFormAsync(client, "/console/quarantine", "Replay", new() { ["id"] = quarantined.RawPayloadId.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.StartsWith("/console/cases/C-", replay.Headers.Location!.ToString());
        Assert.Equal("accepted", await _host.Database.ScalarAsync<string>("SELECT status FROM raw_payload WHERE id = @id", new { id = quarantined.RawPayloadId }));
    }

    [Fact]
    public async Task Each_staff_member_chooses_dutch_or_english_and_the_page_says_which_language_it_is_in()
    {
        var client = await _host.SignInAsync(StaffRoles.Agent, language: "nl");
        var dutch = await client.GetStringAsync("/console");
        Assert.Contains("<html lang=\"nl\">", dutch);
        Assert.Contains("Wachtrijen", dutch);

        var switched = await ConsoleHostFactory.PostFormAsync(client, "/console/language", null, new() { ["language"] = "en", ["returnUrl"] = "/console/manual" });
        Assert.Equal("/console/manual", switched.Headers.Location!.ToString());
        var english = await client.GetStringAsync("/console/manual");
        Assert.Contains("<html lang=\"en\">", english);
        Assert.Contains("Manual intake", english);
        Assert.Contains("<label for=\"receivedAt\">", english);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await _host.SignInAsync(StaffRoles.Agent);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/console")).StatusCode);
        await ConsoleHostFactory.PostFormAsync(client, "/console/logout", null, []);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/console")).StatusCode);
    }
}
