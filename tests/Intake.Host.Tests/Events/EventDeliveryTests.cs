using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intake.Testing;

namespace Intake.Host.Tests.Events;

public sealed class EventDeliveryTests
{
    private static async Task<(IntakeHostFactory Host, WebhookReceiver Receiver)> StartAsync()
    {
        var receiver = await WebhookReceiver.StartAsync();
        var host = new IntakeHostFactory(await PostgresServer.CreateDatabaseAsync(migrate: false), new Dictionary<string, string?>
        {
            ["Intake:Events:Endpoints:0:Name"] = "billing",
            ["Intake:Events:Endpoints:0:Url"] = receiver.Url,
            ["Intake:Events:Endpoints:0:Secret"] = WebhookReceiver.Secret,
            ["Intake:Events:FirstRetryDelay"] = "00:00:00.200",
            ["Intake:Events:MaxRetryDelay"] = "00:00:00.500",
        });
        _ = host.Server;
        return (host, receiver);
    }

    private static async Task WaitUntilAsync(Func<bool> done, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!done() && DateTime.UtcNow < deadline) await Task.Delay(50);
    }

    [Fact]
    public async Task After_an_outage_every_event_arrives_exactly_once_signed_and_in_order_per_case()
    {
        var (host, receiver) = await StartAsync();
        await using var hostScope = host;
        await using var receiverScope = receiver;
        receiver.AnswerWith = 500;
        for (var i = 0; i < 6; i++) await CustomerSeed.AddAsync(host.Database, $"NL40{i}", email: $"billing{i}@example.nl");
        var api = host.ApiClient();

        var references = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var response = await api.PostAsJsonAsync("/api/v1/intake", new { externalId = $"ev-{i}", from = $"billing{i}@example.nl", text = "Ik zeg mijn abonnement op" });
            references.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseReference").GetString()!);
        }
        foreach (var reference in references) await host.WaitForRepliesAsync(api, reference);
        await WaitUntilAsync(() => receiver.Attempts >= 12);
        receiver.AnswerWith = 200;
        await WaitUntilAsync(() => receiver.Received.Count >= 12);
        await Task.Delay(1500);

        Assert.Equal(0, receiver.BadSignatures);
        var received = receiver.Received.ToList();
        Assert.Equal(12, received.Count);
        Assert.Equal(12, received.Select(r => r.Id).Distinct().Count());
        foreach (var reference in references)
        {
            var types = received.Select(r => JsonDocument.Parse(r.Body).RootElement)
                .Where(e => e.GetProperty("data").GetProperty("caseReference").GetString() == reference)
                .Select(e => e.GetProperty("type").GetString()!).ToArray();
            Assert.Equal(["case.accepted", "case.confirmation_sent"], types);
        }
        var accepted = JsonDocument.Parse(received.First(r => r.Body.Contains("case.accepted", StringComparison.Ordinal)).Body).RootElement;
        Assert.Equal(1, accepted.GetProperty("version").GetInt32());
        foreach (var field in new[] { "caseReference", "customerId", "contractId", "receivedAt", "effectiveDate", "channel", "kind", "reason", "verified" })
            Assert.True(accepted.GetProperty("data").TryGetProperty(field, out _), field);
        Assert.Equal(12, await host.Database.ScalarAsync<long>("SELECT count(*) FROM webhook_delivery WHERE status = 'delivered' AND last_latency_ms IS NOT NULL"));

        // Staff see the log per endpoint, and a replay sends the same event (same webhook-id) once more.
        var log = await api.GetFromJsonAsync<JsonElement>("/api/v1/webhooks/deliveries?endpoint=billing&status=delivered");
        var entries = log.GetProperty("deliveries").EnumerateArray().ToList();
        Assert.Equal(12, entries.Count);
        Assert.All(entries, e => Assert.True(e.GetProperty("attempts").GetInt32() >= 1));
        Assert.Contains(entries, e => e.GetProperty("attempts").GetInt32() > 1);
        var eventId = entries[0].GetProperty("eventId").GetInt64();
        var replay = await api.PostAsJsonAsync("/api/v1/webhooks/replay", new { eventId });
        Assert.Equal(1, (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("queued").GetInt32());
        await WaitUntilAsync(() => receiver.Received.Count >= 13);
        Assert.Equal(2, receiver.Received.Count(r => r.Id == $"msg_{eventId}"));
    }

    [Fact]
    public async Task An_endpoint_that_answers_410_is_disabled_and_gets_nothing_more()
    {
        var (host, receiver) = await StartAsync();
        await using var hostScope = host;
        await using var receiverScope = receiver;
        receiver.AnswerWith = 410;
        await CustomerSeed.AddAsync(host.Database, "NL4100", email: "gone@example.nl");

        await host.ApiClient().PostAsJsonAsync("/api/v1/intake", new { externalId = "gone-1", from = "gone@example.nl", text = "Ik zeg op" });
        await WaitUntilAsync(() => receiver.Attempts >= 1);
        await Task.Delay(1000);

        Assert.Equal(1, receiver.Attempts);
        Assert.False(await host.Database.ScalarAsync<bool>("SELECT enabled FROM webhook_endpoint WHERE name = 'billing'"));
        Assert.Equal("410 Gone", await host.Database.ScalarAsync<string>("SELECT disabled_reason FROM webhook_endpoint"));
    }

    [Fact]
    public async Task Billing_completes_a_case_idempotently_flags_a_date_mismatch_and_the_customer_gets_a_final_message()
    {
        var (host, receiver) = await StartAsync();
        await using var hostScope = host;
        await using var receiverScope = receiver;
        await CustomerSeed.AddAsync(host.Database, "NL4200", email: "klaar@example.nl", product: "Internet 50");
        var api = host.ApiClient();
        var intake = await api.PostAsJsonAsync("/api/v1/intake", new { externalId = "done-1", from = "klaar@example.nl", text = "Ik zeg mijn abonnement op" });
        var reference = (await intake.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseReference").GetString()!;
        var confirmed = (await host.WaitForRepliesAsync(api, reference)).GetProperty("effectiveDate").GetString()!;
        var actual = DateOnly.Parse(confirmed, System.Globalization.CultureInfo.InvariantCulture).AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var first = await api.PostAsJsonAsync($"/api/v1/cases/{reference}/complete", new { endDate = actual });
        var again = await api.PostAsJsonAsync($"/api/v1/cases/{reference}/complete", new { endDate = actual });
        var other = await api.PostAsJsonAsync($"/api/v1/cases/{reference}/complete", new { endDate = confirmed });
        var unknown = await api.PostAsJsonAsync("/api/v1/cases/C-2026-999999/complete", new { endDate = actual });
        var bad = await api.PostAsJsonAsync($"/api/v1/cases/{reference}/complete", new { endDate = "31-12-2026" });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.NotFound, HttpStatusCode.BadRequest),
            (first.StatusCode, again.StatusCode, other.StatusCode, unknown.StatusCode, bad.StatusCode));
        var body = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("dateMismatch").GetBoolean());
        Assert.Equal("Completed", body.GetProperty("status").GetString());
        var view = await host.WaitForRepliesAsync(api, reference);
        var final = view.GetProperty("outbound").EnumerateArray().Single(o => o.GetProperty("kind").GetString() == "completion");
        Assert.Equal(("klaar@example.nl", "dev-outbox"), (final.GetProperty("to").GetString(), final.GetProperty("status").GetString()));
        Assert.Contains("Internet 50", final.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await host.Database.ScalarAsync<long>("SELECT count(*) FROM case_event WHERE type = 'end_date_mismatch'"));
        await WaitUntilAsync(() => receiver.Received.Any(r => r.Body.Contains("case.completed", StringComparison.Ordinal)));
        Assert.Single(receiver.Received, r => r.Body.Contains("case.completed", StringComparison.Ordinal));
    }
}
