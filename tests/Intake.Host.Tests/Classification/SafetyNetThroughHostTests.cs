using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Intake.Host.Tests.Classification;

/// <summary>The safety net through the running host: a message that may be a cancellation is never stored case-less.</summary>
public sealed class SafetyNetThroughHostTests
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task A_leaving_message_the_rules_do_not_know_opens_a_review_case_and_is_acknowledged_with_its_receipt_time()
    {
        await using var host = await IntakeHostFactory.StartAsync();
        var api = host.ApiClient();

        var response = await api.PostAsync("/api/v1/intake", Json(
            """{"externalId":"net-1","from":"ruben@example.nl","text":"Drie keer een lege doos. Nu is het klaar.","receivedAt":"2026-12-01T14:05:00+01:00"}"""));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("unclear", accepted.GetProperty("intent").GetString());
        var reference = accepted.GetProperty("caseReference").GetString()!;
        var view = await host.WaitForRepliesAsync(api, reference);
        Assert.Equal("NeedsReview", view.GetProperty("status").GetString());
        var reply = Assert.Single(view.GetProperty("outbound").EnumerateArray());
        Assert.Equal(("acknowledgement", "email"), (reply.GetProperty("kind").GetString(), reply.GetProperty("channel").GetString()));
        var body = reply.GetProperty("body").GetString()!;
        Assert.Contains(reference, body, StringComparison.Ordinal);
        Assert.Contains("14:05", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quiet_ending_the_net_hears_and_the_model_is_sure_of_opens_a_cancellation_not_a_review()
    {
        await using var host = await IntakeHostFactory.StartAsync();
        var api = host.ApiClient();

        // "klaar mee" is a vague leaving word the rules cannot decide on; the model reads a cancellation at the cue threshold.
        var response = await api.PostAsync("/api/v1/intake", Json(
            """{"externalId":"net-3","from":"ruben@example.nl","text":"Na negen jaar heb ik het wel gezien, ik ben er klaar mee.","receivedAt":"2026-12-01T14:05:00+01:00"}"""));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("cancel", accepted.GetProperty("intent").GetString());
        var reference = accepted.GetProperty("caseReference").GetString()!;
        var view = await host.WaitForRepliesAsync(api, reference);
        Assert.NotEqual("NeedsReview", view.GetProperty("status").GetString());
        Assert.Equal(DateTimeOffset.Parse("2026-12-01T13:05:00Z", System.Globalization.CultureInfo.InvariantCulture), view.GetProperty("receivedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_confident_everyday_question_is_stored_without_a_case()
    {
        await using var host = await IntakeHostFactory.StartAsync();
        var api = host.ApiClient();

        var response = await api.PostAsync("/api/v1/intake", Json(
            """{"externalId":"net-2","from":"ruben@example.nl","text":"Kunt u mij de factuur van november nog een keer sturen?"}"""));

        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("other", accepted.GetProperty("intent").GetString());
        Assert.Equal(JsonValueKind.Null, accepted.GetProperty("caseReference").ValueKind);
    }
}
