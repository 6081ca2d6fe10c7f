using Intake.Channels.Twilio.Tests.Fakes;
using Intake.Core.Observability;
using Intake.Testing;
using Intake.Testing.Twilio;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Channels.Twilio.Tests.Sending;

/// <summary>The REST sender against the fake Messages API: every answer Twilio gives, and what becomes of the reply.</summary>
public sealed class TwilioReplySenderTests
{
    private const string Mobile = "+31612345678";

    private static async Task<string> IntakeAsync(TwilioTestHost host, string sid = "SM100", string from = Mobile, string text = "Ik zeg mijn abonnement op")
    {
        await host.PostSignedAsync("/webhooks/twilio/sms", TwilioForms.Sms(sid, from, text));
        return await host.Database.ScalarAsync<string>("SELECT reference FROM cancellation_case ORDER BY id DESC LIMIT 1");
    }

    [Fact]
    public async Task Invalid_number_21211_is_permanent_and_the_reply_goes_by_email_on_file()
    {
        await using var api = await FakeTwilioApi.StartAsync();
        await using var host = await TwilioTestHost.StartAsync(api);
        await CustomerSeed.AddAsync(host.Database, "NL2001", email: "anna@example.nl", phone: Mobile);
        var reference = await IntakeAsync(host);
        api.AnswerError(400, 21211, "The 'To' number +31612345678 is not a valid phone number.");

        await host.DispatchAsync();

        var rows = await host.OutboundAsync(reference);
        Assert.Equal(("sms", "failed"), (rows[0].Channel, rows[0].Status));
        Assert.Contains("21211", rows[0].LastError, StringComparison.Ordinal);
        Assert.DoesNotContain("+31612345678", rows[0].LastError, StringComparison.Ordinal);
        var email = Assert.Single(rows, r => r.Channel == "email");
        Assert.Equal("anna@example.nl", email.Recipient);
        Assert.Contains(reference, email.Body, StringComparison.Ordinal);
        Assert.Equal(1, await host.Database.ScalarAsync<long>("SELECT count(*) FROM case_event WHERE type = 'reply_fallback'"));
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task Opted_out_21610_is_suppressed_and_without_another_address_the_confirmation_is_owed()
    {
        await using var api = await FakeTwilioApi.StartAsync();
        await using var host = await TwilioTestHost.StartAsync(api);
        var reference = await IntakeAsync(host);
        api.AnswerError(400, 21610, "Attempt to send to unsubscribed recipient");

        await host.DispatchAsync();

        Assert.Equal("suppressed", Assert.Single(await host.OutboundAsync(reference)).Status);
        Assert.Equal(1, await host.Database.ScalarAsync<long>("SELECT count(*) FROM case_event WHERE type = 'confirmation_owed'"));
    }

    [Fact]
    public async Task Rate_limit_429_is_retried_with_backoff_and_then_sent()
    {
        await using var api = await FakeTwilioApi.StartAsync();
        await using var host = await TwilioTestHost.StartAsync(api);
        var reference = await IntakeAsync(host);
        api.AnswerError(429, 20429, "Too Many Requests");

        await host.DispatchAsync();

        Assert.Equal(2, api.Requests.Count);
        Assert.Equal("sent", Assert.Single(await host.OutboundAsync(reference)).Status);
    }

    [Fact]
    public async Task Server_errors_that_persist_leave_the_reply_queued_for_the_outbox_to_retry()
    {
        await using var api = await FakeTwilioApi.StartAsync();
        await using var host = await TwilioTestHost.StartAsync(api, settings: new Dictionary<string, string?> { ["Intake:Twilio:RequestTimeout"] = "00:00:05" });
        var reference = await IntakeAsync(host);
        for (var i = 0; i < 3; i++) api.AnswerError(500, 20500, "Internal Server Error");

        await host.DispatchAsync();

        Assert.Equal(3, api.Requests.Count);
        var row = Assert.Single(await host.OutboundAsync(reference));
        Assert.Equal("queued", row.Status);
        Assert.Contains("HTTP 500", row.LastError, StringComparison.Ordinal);
        Assert.Equal(0, await host.Database.ScalarAsync<long>("SELECT count(*) FROM case_event WHERE type IN ('reply_fallback', 'confirmation_owed')"));
    }

    [Fact]
    public async Task The_reply_is_created_by_the_official_library_through_our_http_client_on_the_fake()
    {
        await using var api = await FakeTwilioApi.StartAsync();
        await using var host = await TwilioTestHost.StartAsync(api);
        var reference = await IntakeAsync(host);

        await host.DispatchAsync();

        var request = Assert.Single(api.Requests);
        Assert.StartsWith("twilio-csharp/8.2.0", request.UserAgent, StringComparison.Ordinal);
        Assert.Equal(("+31612345678", "+3197010000001"), (request.Form["To"], request.Form["From"]));
        var row = Assert.Single(await host.OutboundAsync(reference));
        Assert.Equal("sent", row.Status);
        Assert.StartsWith("SM", row.ProviderId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_proxy_error_page_is_retried_later_with_its_status_and_without_the_page()
    {
        await using var api = await FakeTwilioApi.StartAsync();
        await using var host = await TwilioTestHost.StartAsync(api);
        var reference = await IntakeAsync(host);
        for (var i = 0; i < 3; i++) api.Answer(502, "<html><body>Bad gateway +31612345678</body></html>");

        await host.DispatchAsync();

        var error = await StillQueuedAsync(host, reference);
        Assert.Contains("HTTP 502", error, StringComparison.Ordinal);
        Assert.Contains("non-JSON answer", error, StringComparison.Ordinal);
        Assert.DoesNotContain("html", error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Twilio_unreachable_leaves_the_reply_queued_for_the_outbox_to_retry()
    {
        await using var host = await TwilioTestHost.StartAsync(await ClosedApiAsync());
        var reference = await IntakeAsync(host);

        await host.DispatchAsync();

        Assert.Contains("Twilio unreachable", await StillQueuedAsync(host, reference), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_credentials_are_retried_later_and_mark_the_channel_failing()
    {
        await using var api = await FakeTwilioApi.StartAsync();
        await using var host = await TwilioTestHost.StartAsync(api, settings: new Dictionary<string, string?> { ["Intake:Twilio:AccountSid"] = "AC-not-ours" });
        var reference = await IntakeAsync(host);

        await host.DispatchAsync();

        Assert.False(Assert.Single(api.Requests).Authorized);
        Assert.Equal("queued", Assert.Single(await host.OutboundAsync(reference)).Status);
        var sms = host.Services.GetRequiredService<ChannelHeartbeats>().Snapshot().Single(s => s.Channel == "sms");
        Assert.NotNull(sms.LastError);
    }

    [Fact]
    public async Task A_messaging_service_replaces_the_from_number()
    {
        await using var api = await FakeTwilioApi.StartAsync();
        await using var host = await TwilioTestHost.StartAsync(api, settings: new Dictionary<string, string?> { ["Intake:Twilio:MessagingServiceSid"] = "MG0001" });
        await IntakeAsync(host);

        await host.DispatchAsync();

        var request = Assert.Single(api.Requests);
        Assert.Equal("MG0001", request.Form["MessagingServiceSid"]);
        Assert.False(request.Form.ContainsKey("From"));
        Assert.False(request.Form.ContainsKey("StatusCallback"));
    }

    /// <summary>The case's one reply is still queued for the outbox to retry; its last error.</summary>
    private static async Task<string> StillQueuedAsync(TwilioTestHost host, string reference)
    {
        var row = Assert.Single(await host.OutboundAsync(reference));
        Assert.Equal("queued", row.Status);
        return row.LastError ?? "";
    }

    /// <summary>A fake that was started and stopped: its port refuses connections.</summary>
    private static async Task<FakeTwilioApi> ClosedApiAsync()
    {
        var api = await FakeTwilioApi.StartAsync();
        await api.DisposeAsync();
        return api;
    }

    [Fact]
    public async Task Without_credentials_replies_land_in_the_dev_outbox()
    {
        await using var host = await TwilioTestHost.StartAsync(api: null);
        var reference = await IntakeAsync(host);

        await host.DispatchAsync();

        Assert.Equal("dev-outbox", Assert.Single(await host.OutboundAsync(reference)).Status);
    }
}
