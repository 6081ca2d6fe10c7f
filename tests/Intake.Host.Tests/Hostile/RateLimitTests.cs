using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intake.Testing;
using Intake.Testing.Twilio;

namespace Intake.Host.Tests.Hostile;

/// <summary>Public doors are rate limited per client IP, API key and sender: 429 + Retry-After, and nothing accepted is lost.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task An_api_sender_over_its_limit_gets_429_with_retry_after_and_its_earlier_declarations_are_intact()
    {
        var (host, factory) = await LimitedHost.StartAsync(new Dictionary<string, string?>
        {
            ["Intake:RateLimits:ApiPerSender:PermitLimit"] = "3",
            ["Intake:RateLimits:ApiPerSender:Window"] = "00:10:00",
        });
        await using var _ = host;
        var api = LimitedHost.Api(factory);
        // One sender in three notations: the limit counts the normalised number.
        string[] notations = ["+31612345678", "06 12345678", "0031612345678"];

        var accepted = new List<JsonElement>();
        for (var i = 0; i < notations.Length; i++)
        {
            var response = await api.PostAsync("/api/v1/intake", LimitedHost.IntakeBody($"crm-{i}", notations[i]));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            accepted.Add(await response.Content.ReadFromJsonAsync<JsonElement>());
        }
        var refused = await api.PostAsync("/api/v1/intake", LimitedHost.IntakeBody("crm-3", "+31 6 1234 5678"));
        var other = await api.PostAsync("/api/v1/intake", LimitedHost.IntakeBody("crm-4", "+31687654321"));

        await AssertTooManyAsync(refused);
        Assert.Equal(HttpStatusCode.Accepted, other.StatusCode);
        await AssertNothingQuarantinedAsync(host);
        Assert.Equal(4, await host.Database.ScalarAsync<long>("SELECT count(*) FROM raw_payload"));
        Assert.Equal(0, await host.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message WHERE provider_message_id = 'crm-3'"));
        foreach (var reference in accepted.Select(a => a.GetProperty("caseReference").GetString()).Distinct())
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/cases/{reference}")).StatusCode);
    }

    [Fact]
    public async Task An_api_key_over_its_limit_gets_429_and_callers_without_a_key_count_per_ip()
    {
        var (host, factory) = await LimitedHost.StartAsync(new Dictionary<string, string?>
        {
            ["Intake:RateLimits:ApiPerKey:PermitLimit"] = "2",
            ["Intake:RateLimits:ApiPerKey:Window"] = "00:10:00",
            ["Intake:RateLimits:PerIp:PermitLimit"] = "1",
            ["Intake:RateLimits:PerIp:Window"] = "00:10:00",
        });
        await using var _ = host;
        var api = LimitedHost.Api(factory);
        var stranger = LimitedHost.Browser(factory);

        var first = await api.PostAsync("/api/v1/intake", LimitedHost.IntakeBody("k-1", "jan@example.nl"));
        var second = await api.GetAsync("/api/v1/cases?sender=jan@example.nl");
        var third = await api.PostAsync("/api/v1/intake", LimitedHost.IntakeBody("k-2", "piet@example.nl"));
        var noKey = await stranger.GetAsync("/api/v1/cases?sender=x");
        var noKeyAgain = await stranger.GetAsync("/api/v1/cases?sender=x");

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await AssertTooManyAsync(third);
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        await AssertTooManyAsync(noKeyAgain);
        Assert.Equal(1, await host.Database.ScalarAsync<long>("SELECT count(*) FROM raw_payload"));
    }

    [Fact]
    public async Task Form_posts_over_the_ip_limit_get_429_before_anything_is_stored_and_other_clients_go_on()
    {
        var (host, factory) = await LimitedHost.StartAsync(new Dictionary<string, string?>
        {
            ["Intake:RateLimits:PerIp:PermitLimit"] = "2",
            ["Intake:RateLimits:PerIp:Window"] = "00:10:00",
        });
        await using var _ = host;
        var browser = LimitedHost.Browser(factory);

        var first = await (await PublicForm.OpenAsync(browser)).PostAsync(browser, PublicForm.Customer("Anna", "anna@example.nl"), "192.0.2.10");
        var second = await (await PublicForm.OpenAsync(browser)).PostAsync(browser, PublicForm.Customer("Bert", "bert@example.nl"), "192.0.2.10");
        var third = await (await PublicForm.OpenAsync(browser)).PostAsync(browser, PublicForm.Customer("Carla", "carla@example.nl"), "192.0.2.10");
        var why = new HttpRequestMessage(HttpMethod.Post, "/why/some-token") { Content = new FormUrlEncodedContent([new("reason", "price")]) };
        why.Headers.Add(TestClientAddress.Header, "192.0.2.10");
        var whyRefused = await browser.SendAsync(why);
        var neighbour = await (await PublicForm.OpenAsync(browser)).PostAsync(browser, PublicForm.Customer("Dirk", "dirk@example.nl"), "2001:db8::1");
        var sameNetwork = await (await PublicForm.OpenAsync(browser)).PostAsync(browser, PublicForm.Customer("Eva", "eva@example.nl"), "2001:db8::2");
        var sameNetworkAgain = await (await PublicForm.OpenAsync(browser)).PostAsync(browser, PublicForm.Customer("Fons", "fons@example.nl"), "2001:db8::ffff");

        Assert.Equal([HttpStatusCode.SeeOther, HttpStatusCode.SeeOther], [first.StatusCode, second.StatusCode]);
        await AssertTooManyAsync(third);
        await AssertTooManyAsync(whyRefused);
        Assert.Equal([HttpStatusCode.SeeOther, HttpStatusCode.SeeOther], [neighbour.StatusCode, sameNetwork.StatusCode]);
        // An IPv6 client counts by its /64.
        await AssertTooManyAsync(sameNetworkAgain);
        Assert.Equal(4, await host.Database.ScalarAsync<long>("SELECT count(*) FROM raw_payload WHERE channel = 'web'"));
        Assert.Equal(4, await host.Database.ScalarAsync<long>("SELECT count(*) FROM cancellation_case"));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(first.Headers.Location!.OriginalString)).StatusCode);
    }

    [Fact]
    public async Task A_form_sender_over_its_limit_gets_429_and_the_accepted_declaration_keeps_its_receipt()
    {
        var (host, factory) = await LimitedHost.StartAsync(new Dictionary<string, string?>
        {
            ["Intake:RateLimits:FormPerSender:PermitLimit"] = "1",
            ["Intake:RateLimits:FormPerSender:Window"] = "00:10:00",
        });
        await using var _ = host;
        var browser = LimitedHost.Browser(factory);

        var first = await (await PublicForm.OpenAsync(browser)).PostAsync(browser, PublicForm.Customer("Gijs", "gijs@example.nl"));
        var again = await (await PublicForm.OpenAsync(browser)).PostAsync(browser, PublicForm.Customer("Gijs", " GIJS@example.nl "));
        var other = await (await PublicForm.OpenAsync(browser)).PostAsync(browser, PublicForm.Customer("Hans", "hans@example.nl"));

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        await AssertTooManyAsync(again);
        Assert.Equal(HttpStatusCode.SeeOther, other.StatusCode);
        Assert.Equal(2, await host.Database.ScalarAsync<long>("SELECT count(*) FROM raw_payload"));
        var receipt = await browser.GetStringAsync(first.Headers.Location!.OriginalString);
        Assert.Matches(PublicForm.Reference(), receipt);
    }

    [Fact]
    public async Task Twilio_webhooks_are_never_rate_limited()
    {
        const string token = "limit-test-auth-token";
        var (host, factory) = await LimitedHost.StartAsync(new Dictionary<string, string?>
        {
            ["Intake:RateLimits:PerIp:PermitLimit"] = "1",
            ["Intake:Twilio:AuthToken"] = token,
            ["Intake:Twilio:PublicBaseUrl"] = "https://intake.example.nl",
        });
        await using var _ = host;
        var client = LimitedHost.Browser(factory);

        for (var i = 0; i < 5; i++)
        {
            KeyValuePair<string, string>[] fields = [new("MessageSid", $"SM{i}"), new("From", "+31612345678"), new("To", "+3197010000001"), new("Body", "Ik zeg op")];
            var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/twilio/sms") { Content = new FormUrlEncodedContent(fields) };
            request.Headers.Add("X-Twilio-Signature", TwilioWebhookSigner.Sign(token, "https://intake.example.nl/webhooks/twilio/sms", fields));
            request.Headers.Add(TestClientAddress.Header, "192.0.2.20");
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
        }
        await AssertNothingQuarantinedAsync(host);
        Assert.Equal(5, await host.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message WHERE channel = 'sms'"));
    }

    [Fact]
    public async Task A_form_body_over_the_limit_gets_413_and_nothing_is_stored()
    {
        var (host, factory) = await LimitedHost.StartAsync(new Dictionary<string, string?> { ["Intake:RateLimits:MaxFormBytes"] = "4096" });
        await using var _ = host;
        var browser = LimitedHost.Browser(factory);
        var values = PublicForm.Customer("Ida", "ida@example.nl");
        values["reason_text"] = new string('x', 5000);

        var response = await (await PublicForm.OpenAsync(browser)).PostAsync(browser, values);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await host.Database.ScalarAsync<long>("SELECT count(*) FROM raw_payload"));
    }

    private static async Task AssertNothingQuarantinedAsync(IntakeHostFactory host) =>
        Assert.Empty(await host.Database.QueryAsync<string>("SELECT coalesce(reason, status) FROM raw_payload WHERE status <> 'accepted'"));

    private static async Task AssertTooManyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
    }
}
