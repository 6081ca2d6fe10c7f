using System.Net.Http.Json;
using System.Text.Json;
using Intake.Host.Tests.Twilio;
using Intake.Host.Tests.X;
using Intake.Testing;
using Intake.Testing.Twilio;
using Intake.Testing.X;
using static Intake.Host.Tests.Twilio.TwilioWebhooks;

namespace Intake.Host.Tests.Answers;

/// <summary>The customer answers the identification question on another channel than the case came in on: it joins that case.</summary>
public sealed class AnswerThroughHostTests
{
    private const string Mobile = "+31611122233";

    [Fact]
    public async Task Sms_answer_with_account_number_completes_the_open_identification_case()
    {
        await using var twilio = await FakeTwilioApi.StartAsync();
        await using var host = new IntakeHostFactory(await PostgresServer.CreateDatabaseAsync(migrate: false));
        await using var factory = WithTwilio(host, twilio);
        var client = factory.CreateClient();
        await CustomerSeed.AddAsync(host.Database, "NL7701", email: "op.file@example.nl", product: "Mobiel 5GB");
        await PostSignedAsync(client, "/webhooks/twilio/sms", Sms("SM7701", Mobile, "Ik zeg mijn abonnement op"));
        var (reference, receivedAt) = await CaseAsync(host);

        await PostSignedAsync(client, "/webhooks/twilio/sms", Sms("SM7702", Mobile, "mijn klantnummer is NL7701"));

        var view = await Api(factory).GetFromJsonAsync<JsonElement>($"/api/v1/cases/{reference}");
        Assert.Equal(1, await host.Database.ScalarAsync<long>("SELECT count(*) FROM cancellation_case"));
        Assert.Equal(("Accepted", "Mobiel 5GB"), (view.GetProperty("status").GetString(), view.GetProperty("product").GetString()));
        Assert.Equal(receivedAt, view.GetProperty("receivedAt").GetDateTimeOffset());
        Assert.Equal(view.GetProperty("messages")[0].GetProperty("id").GetInt64(), view.GetProperty("firstDeclarationMessageId").GetInt64());
        Assert.Contains(view.GetProperty("outbound").EnumerateArray(),
            o => o.GetProperty("kind").GetString() == "confirmation" && o.GetProperty("channel").GetString() == "sms");
    }

    [Fact]
    public async Task Whatsapp_answer_joins_the_case_opened_by_sms_from_the_same_phone()
    {
        await using var twilio = await FakeTwilioApi.StartAsync();
        await using var host = new IntakeHostFactory(await PostgresServer.CreateDatabaseAsync(migrate: false));
        await using var factory = WithTwilio(host, twilio);
        var client = factory.CreateClient();
        await CustomerSeed.AddAsync(host.Database, "NL7702");
        await PostSignedAsync(client, "/webhooks/twilio/sms", Sms("SM7711", Mobile, "Ik wil opzeggen"));
        var (reference, receivedAt) = await CaseAsync(host);

        await PostSignedAsync(client, "/webhooks/twilio/sms", Sms("SM7712", "whatsapp:" + Mobile, "NL7702"));

        Assert.Equal((reference, "Accepted", receivedAt), await StatusAsync(host));
        Assert.Equal(2, await host.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message WHERE case_id IS NOT NULL"));
    }

    [Fact]
    public async Task X_dm_answer_joins_the_open_case_of_that_user()
    {
        await using var host = await XHost.StartAsync();
        await CustomerSeed.AddAsync(host.Database, "NL7703");
        const string userId = "77030001";
        await host.DeliverAsync(AccountActivityPayloads.DirectMessage(FakeXApi.AccountId, host.Api.NewId(), userId, "jansen", "Ik wil mijn internet opzeggen"));
        var (reference, receivedAt) = await CaseAsync(host.Database);

        await host.DeliverAsync(AccountActivityPayloads.DirectMessage(FakeXApi.AccountId, host.Api.NewId(), userId, "jansen", "Mijn klantnummer: NL7703"));

        Assert.Equal((reference, "Accepted", receivedAt), await StatusAsync(host.Database));
    }

    private static KeyValuePair<string, string>[] Sms(string sid, string from, string body) =>
        [new("MessageSid", sid), new("From", from), new("To", "+3197010000001"), new("Body", body)];

    private static HttpClient Api(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory)
    {
        var api = factory.CreateClient();
        api.DefaultRequestHeaders.Add("X-Api-Key", IntakeHostFactory.ApiKey);
        return api;
    }

    private static Task<(string Reference, DateTimeOffset ReceivedAt)> CaseAsync(IntakeHostFactory host) => CaseAsync(host.Database);

    private static async Task<(string Reference, DateTimeOffset ReceivedAt)> CaseAsync(TestDatabase database)
    {
        var (reference, status, receivedAt) = await StatusAsync(database);
        Assert.Equal("NeedsIdentification", status);
        return (reference, receivedAt);
    }

    private static Task<(string Reference, string Status, DateTimeOffset ReceivedAt)> StatusAsync(IntakeHostFactory host) => StatusAsync(host.Database);

    private static async Task<(string Reference, string Status, DateTimeOffset ReceivedAt)> StatusAsync(TestDatabase database)
    {
        var row = Assert.Single(await database.QueryAsync<(string, string, DateTime)>("SELECT reference, status, received_at FROM cancellation_case"));
        return (row.Item1, row.Item2, new DateTimeOffset(DateTime.SpecifyKind(row.Item3, DateTimeKind.Utc)));
    }
}
