using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Intake.Testing;

namespace Intake.Host.Tests;

public sealed class ApiContractTests
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task A_first_delivery_gets_202_a_repeat_200_with_the_same_result_and_the_confirmation_reaches_the_dev_outbox()
    {
        await using var host = await IntakeHostFactory.StartAsync();
        await CustomerSeed.AddAsync(host.Database, "NL5005", email: "mila@example.nl", product: "Glasvezel 500");
        var api = host.ApiClient();
        const string body = """{"channel":"api","externalId":"crm-77","from":"Mila@Example.nl","text":"Ik zeg mijn abonnement op."}""";

        var first = await api.PostAsync("/api/v1/intake", Json(body));
        var again = await api.PostAsync("/api/v1/intake", Json(body));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var a = await first.Content.ReadFromJsonAsync<JsonElement>();
        var b = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("cancel", a.GetProperty("intent").GetString());
        Assert.Equal(a.GetProperty("messageId").GetInt64(), b.GetProperty("messageId").GetInt64());
        var reference = a.GetProperty("caseReference").GetString()!;
        Assert.Equal(reference, b.GetProperty("caseReference").GetString());

        var view = await host.WaitForRepliesAsync(api, reference);
        Assert.Equal("Accepted", view.GetProperty("status").GetString());
        Assert.True(view.TryGetProperty("effectiveDate", out var effective) && effective.ValueKind == JsonValueKind.String);
        var reply = Assert.Single(view.GetProperty("outbound").EnumerateArray());
        Assert.Equal(("email", "mila@example.nl", "dev-outbox"),
            (reply.GetProperty("channel").GetString(), reply.GetProperty("to").GetString(), reply.GetProperty("status").GetString()));
        Assert.Contains("Glasvezel 500", reply.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Single(view.GetProperty("messages").EnumerateArray());
    }

    [Fact]
    public async Task A_database_error_in_the_pipeline_is_answered_202_quarantined_and_the_raw_body_is_kept_with_the_reason()
    {
        await using var host = await IntakeHostFactory.StartAsync();
        await host.Database.ExecuteAsync(
            """
            CREATE FUNCTION refuse_message() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN IF NEW.provider_message_id = 'crm-refused' THEN RAISE EXCEPTION 'message refused by test'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER refuse_message BEFORE INSERT ON inbound_message FOR EACH ROW EXECUTE FUNCTION refuse_message();
            """);
        var api = host.ApiClient();
        const string body = """{"externalId":"crm-refused","from":"mila@example.nl","text":"Ik zeg mijn abonnement op."}""";

        var refused = await api.PostAsync("/api/v1/intake", Json(body));
        var next = await api.PostAsync("/api/v1/intake", Json("""{"externalId":"crm-next","from":"mila@example.nl","text":"Ik zeg op."}"""));

        Assert.Equal(HttpStatusCode.Accepted, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("quarantined").GetBoolean());
        var raw = Assert.Single(await host.Database.QueryAsync<(string Status, string Reason, byte[] Body)>(
            "SELECT status, reason, body FROM raw_payload WHERE status <> 'accepted'"));
        Assert.Equal("quarantined", raw.Status);
        Assert.Contains("message refused by test", raw.Reason, StringComparison.Ordinal);
        Assert.Equal(body, Encoding.UTF8.GetString(raw.Body));
        Assert.Equal(0, await host.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message WHERE provider_message_id = 'crm-refused'"));
        Assert.Equal(HttpStatusCode.Accepted, next.StatusCode);
        Assert.False((await next.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("quarantined").GetBoolean());
    }

    [Fact]
    public async Task Cases_of_a_sender_are_found_in_any_phone_notation_newest_first()
    {
        await using var host = await IntakeHostFactory.StartAsync();
        var api = host.ApiClient();
        var older = await api.PostAsync("/api/v1/intake", Json(
            """{"externalId":"s1","from":"+31 6 2222 3333","text":"opzeggen","receivedAt":"2026-01-05T10:00:00+01:00"}"""));
        await api.PostAsync("/api/v1/intake", Json("""{"externalId":"s2","from":"+31622223333","text":"ik wil NIET opzeggen, vraagje over de factuur"}"""));

        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/cases?sender=06-22223333");

        var cases = list.GetProperty("cases").EnumerateArray().ToList();
        var reference = (await older.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseReference").GetString();
        Assert.Equal(reference, Assert.Single(cases).GetProperty("reference").GetString());
        Assert.Equal(DateTimeOffset.Parse("2026-01-05T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            cases[0].GetProperty("receivedAt").GetDateTimeOffset());
    }

    [Theory]
    [InlineData("{not json", "body")]
    [InlineData("[1,2]", "body")]
    [InlineData("""{"from":"a@example.nl","text":"opzeggen"}""", "externalId")]
    [InlineData("""{"externalId":"1","text":"opzeggen"}""", "from")]
    [InlineData("""{"externalId":"1","from":"a@example.nl"}""", "text")]
    [InlineData("""{"externalId":"1","from":"a@example.nl","text":"x","channel":"fax"}""", "channel")]
    [InlineData("""{"externalId":"1","from":"a@example.nl","text":"x","receivedAt":"yesterday"}""", "receivedAt")]
    [InlineData("""{"externalId":"1","from":"a@example.nl","text":"x","replyChannel":"pigeon"}""", "replyChannel")]
    [InlineData("""{"externalId":1,"from":"a@example.nl","text":"x"}""", "body")]
    public async Task Bad_input_gets_a_400_problem_naming_the_field_and_stores_nothing(string body, string field)
    {
        await using var host = await IntakeHostFactory.StartAsync();

        var response = await host.ApiClient().PostAsync("/api/v1/intake", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(0, await host.Database.ScalarAsync<long>("SELECT count(*) FROM raw_payload"));
    }

    [Fact]
    public async Task A_body_over_256_KiB_gets_413_and_a_missing_or_wrong_key_gets_401()
    {
        await using var host = await IntakeHostFactory.StartAsync();
        var huge = $$"""{"externalId":"big","from":"a@example.nl","text":"{{new string('x', 300 * 1024)}}"}""";

        var tooBig = await host.ApiClient().PostAsync("/api/v1/intake", Json(huge));
        var noKey = await host.CreateClient().GetAsync("/api/v1/cases?sender=a@example.nl");
        var wrongKey = host.CreateClient();
        wrongKey.DefaultRequestHeaders.Add("X-Api-Key", "guess");
        var wrong = await wrongKey.PostAsync("/api/v1/intake", Json("""{"externalId":"1","from":"a@example.nl","text":"opzeggen"}"""));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig.StatusCode);
        Assert.Equal("application/problem+json", tooBig.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await host.Database.ScalarAsync<long>("SELECT count(*) FROM raw_payload"));
    }

    [Fact]
    public async Task An_unknown_case_reference_gets_a_404_problem()
    {
        await using var host = await IntakeHostFactory.StartAsync();

        var response = await host.ApiClient().GetAsync("/api/v1/cases/C-2026-999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
