using System.Net.Http.Json;
using System.Text.Json;
using Intake.Core.Alerts;
using Intake.Host.Tests.Email;
using Intake.Host.Tests.Events;
using Intake.Host.Tests.X;
using Intake.Storage.Postgres.Alerts;
using Intake.Testing;
using Intake.Testing.X;
using Intake.Core.Callbacks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intake.Host.Tests.Alerts;

public sealed class OpsAlertTests
{
    private static Dictionary<string, string?> AlertSettings(WebhookReceiver receiver) => new()
    {
        ["Intake:Events:Endpoints:0:Name"] = "ops",
        ["Intake:Events:Endpoints:0:Url"] = receiver.Url,
        ["Intake:Events:Endpoints:0:Secret"] = WebhookReceiver.Secret,
        ["Intake:Events:Endpoints:0:Types:0"] = "ops.*",
        ["Intake:Alerts:ChannelWatchInterval"] = "00:00:00.500",
        ["Intake:Email:FirstReconnectDelay"] = "00:00:00.200",
        ["Intake:Email:MaxReconnectDelay"] = "00:00:01",
    };

    /// <summary>The same check, with the same settings, as another host sharing the database would run it.</summary>
    private static OpsAlerts OtherHost(IServiceProvider services, TestDatabase database) =>
        new(new PostgresOpsAlertStore(database.DataSource, TimeProvider.System), services.GetRequiredService<AlertsOptions>(),
            services.GetServices<IAlertMailSender>(), TimeProvider.System, NullLogger<OpsAlerts>.Instance);

    private static async Task WaitUntilAsync(Func<Task<bool>> done, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await done() && DateTime.UtcNow < deadline) await Task.Delay(100);
    }

    /// <summary>This host and another check at the same moment, then this host once more: every alert must still go once.</summary>
    private static async Task CheckOnTwoHostsThenAgainAsync(IServiceProvider services, TestDatabase database)
    {
        var alerts = services.GetRequiredService<OpsAlerts>();
        await Task.WhenAll(alerts.CheckAsync(CancellationToken.None), OtherHost(services, database).CheckAsync(CancellationToken.None));
        await alerts.CheckAsync(CancellationToken.None);
    }

    /// <summary>Waits for <paramref name="count"/> events, then a moment more for any duplicate to show up.</summary>
    private static async Task WaitForEventsAsync(WebhookReceiver receiver, int count)
    {
        await WaitUntilAsync(() => Task.FromResult(receiver.Received.Count >= count));
        await Task.Delay(1500);
    }

    private static List<JsonElement> Events(WebhookReceiver receiver, string type) =>
        [.. receiver.Received.Select(r => JsonDocument.Parse(r.Body).RootElement).Where(e => e.GetProperty("type").GetString() == type)];

    private static Task<bool> ChannelDownAsync(TestDatabase database, string channel) =>
        database.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM channel_heartbeat WHERE channel = @channel AND last_error IS NOT NULL)", new { channel });

    private static Task<bool> ChannelUpAsync(TestDatabase database, string channel) =>
        database.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM channel_heartbeat WHERE channel = @channel AND last_error IS NULL AND last_ok_at IS NOT NULL)", new { channel });

    [Fact]
    public async Task A_stopped_dovecot_sends_one_signed_channel_down_event_from_two_hosts_and_one_recovered_after_restart_also_by_email()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var settings = AlertSettings(receiver);
        settings["Intake:Alerts:Email:To"] = "ops-desk@example.org";
        await using var host = await EmailHost.StartAsync(settings);
        const string channel = "email:" + EmailHost.Mailbox;
        var alerts = host.Host.Services.GetRequiredService<OpsAlerts>();
        await WaitUntilAsync(() => ChannelUpAsync(host.Database, channel));
        Assert.Equal(0, await alerts.CheckAsync(CancellationToken.None));

        await host.Imap.StopAsync();
        await WaitUntilAsync(() => ChannelDownAsync(host.Database, channel));
        await Task.WhenAll(alerts.CheckAsync(CancellationToken.None), OtherHost(host.Host.Services, host.Database).CheckAsync(CancellationToken.None));
        await alerts.CheckAsync(CancellationToken.None);
        await WaitUntilAsync(() => Task.FromResult(Events(receiver, OpsEventTypes.ChannelDown).Count > 0));

        await host.Imap.RestartAsync();
        await WaitUntilAsync(() => ChannelUpAsync(host.Database, channel));
        await Task.WhenAll(alerts.CheckAsync(CancellationToken.None), OtherHost(host.Host.Services, host.Database).CheckAsync(CancellationToken.None));
        await WaitUntilAsync(() => Task.FromResult(Events(receiver, OpsEventTypes.ChannelRecovered).Count > 0));
        await Task.Delay(1500);

        Assert.Equal(0, receiver.BadSignatures);
        var down = Assert.Single(Events(receiver, OpsEventTypes.ChannelDown)).GetProperty("data");
        Assert.Equal(channel, down.GetProperty("channel").GetString());
        Assert.Equal("connection", down.GetProperty("reason").GetString());
        var recovered = Assert.Single(Events(receiver, OpsEventTypes.ChannelRecovered)).GetProperty("data");
        Assert.Equal(channel, recovered.GetProperty("channel").GetString());
        Assert.Equal(2, receiver.Received.Count);
        Assert.All(receiver.Received, r => Assert.DoesNotContain(host.Imap.Password, r.Body, StringComparison.Ordinal));

        var mails = await host.Smtp.WaitForDeliveriesAsync(2);
        Assert.Equal(2, mails.Count);
        Assert.Contains(mails, m => m.Contains("Subject: [Intake] ops.channel_down: " + channel, StringComparison.Ordinal) && m.Contains("reason: connection", StringComparison.Ordinal));
        Assert.Contains(mails, m => m.Contains("Subject: [Intake] ops.channel_recovered: " + channel, StringComparison.Ordinal));
        Assert.All(mails, m => Assert.Contains("To: ops-desk@example.org", m, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_x_token_sends_channel_down_with_reason_credentials_and_confirmation_failed_once_without_personal_data()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await XHost.StartAsync(hostSettings: AlertSettings(receiver));
        host.Api.FailNext("dm_write", 401);
        var userId = await host.KnownCustomerAsync("jansen", "NL5005", "Internet 100");
        var dmId = host.Api.AddDm(userId, "Ik wil mijn internet opzeggen");

        await host.DeliverAsync(AccountActivityPayloads.DirectMessage(FakeXApi.AccountId, dmId, userId, "jansen", "Ik wil mijn internet opzeggen"));
        var reference = await host.Database.ScalarAsync<string>("SELECT reference FROM cancellation_case");
        await host.WaitForRepliesAsync(reference);
        await WaitUntilAsync(() => ChannelDownAsync(host.Database, "x"));
        await CheckOnTwoHostsThenAgainAsync(host.Services, host.Database);
        await WaitForEventsAsync(receiver, 2);

        Assert.Equal(0, receiver.BadSignatures);
        var down = Assert.Single(Events(receiver, OpsEventTypes.ChannelDown)).GetProperty("data");
        Assert.Equal("x", down.GetProperty("channel").GetString());
        Assert.Equal("credentials", down.GetProperty("reason").GetString());
        var failed = Assert.Single(Events(receiver, OpsEventTypes.ConfirmationFailed)).GetProperty("data");
        Assert.Equal(reference, failed.GetProperty("caseReference").GetString());
        var outboundId = await host.Database.ScalarAsync<long>("SELECT id FROM outbound_message WHERE status = 'failed'");
        Assert.Equal(outboundId, failed.GetProperty("outboundId").GetInt64());
        Assert.Equal(2, receiver.Received.Count);
        foreach (var personal in new[] { "jansen", userId, "NL5005", "Internet", "@example.nl", "opzeggen", "Test Klant" })
            Assert.All(receiver.Received, r => Assert.DoesNotContain(personal, r.Body, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task An_escalated_callback_and_quarantine_above_the_threshold_each_alert_once_from_two_hosts()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var settings = AlertSettings(receiver);
        settings["Intake:Alerts:QuarantineThreshold"] = "2";
        settings["Intake:Alerts:QuarantineWindow"] = "1.00:00:00";
        await using var host = new IntakeHostFactory(await PostgresServer.CreateDatabaseAsync(migrate: false), settings);
        _ = host.Server;
        var api = host.ApiClient();
        var response = await api.PostAsJsonAsync("/api/v1/intake", new { externalId = "cb-1", from = "terugbellen@example.nl", text = "Ik zeg mijn abonnement op" });
        var reference = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseReference").GetString()!;
        var callbackId = await host.Database.ScalarAsync<long>(
            "INSERT INTO callback_promise (case_id, due_at, promised_by) SELECT id, now() - interval '1 hour', 'medewerker@example.nl' FROM cancellation_case WHERE reference = @reference RETURNING id",
            new { reference });
        await host.Services.GetRequiredService<CallbackEscalationJob>().RunAsync(CancellationToken.None);
        for (var i = 0; i < 3; i++)
            await host.Database.ExecuteAsync(
                "INSERT INTO raw_payload (channel, content_type, body, received_at, status, reason) VALUES ('sms', 'text/plain', '\\x00'::bytea, now(), 'quarantined', 'unreadable')");

        await CheckOnTwoHostsThenAgainAsync(host.Services, host.Database);
        await WaitForEventsAsync(receiver, 2);

        Assert.Equal(0, receiver.BadSignatures);
        var overdue = Assert.Single(Events(receiver, OpsEventTypes.CallbackOverdue)).GetProperty("data");
        Assert.Equal(reference, overdue.GetProperty("caseReference").GetString());
        Assert.Equal(callbackId, overdue.GetProperty("callbackId").GetInt64());
        var growth = Assert.Single(Events(receiver, OpsEventTypes.QuarantineGrowth)).GetProperty("data");
        Assert.Equal(3, growth.GetProperty("quarantined").GetInt64());
        Assert.Equal(2, growth.GetProperty("threshold").GetInt32());
        Assert.Equal(2, receiver.Received.Count);
        Assert.All(receiver.Received, r => Assert.DoesNotContain("@example.nl", r.Body, StringComparison.Ordinal));
    }
}
