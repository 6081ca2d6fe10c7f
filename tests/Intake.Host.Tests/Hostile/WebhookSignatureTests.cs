using System.Net;
using System.Security.Cryptography;
using System.Text;
using Intake.Testing;
using Intake.Testing.Twilio;

namespace Intake.Host.Tests.Hostile;

/// <summary>Twilio posts through the real host whose signature belongs to another body or another URL: refused, nothing stored.</summary>
public sealed class WebhookSignatureTests
{
    private const string AuthToken = "signature-test-auth-token";
    private const string PublicBase = "https://intake.example.nl";

    [Fact]
    public async Task A_twilio_signature_replayed_with_another_body_or_on_another_route_is_refused_and_nothing_is_stored()
    {
        await using var host = new IntakeHostFactory(await PostgresServer.CreateDatabaseAsync(migrate: false), new Dictionary<string, string?>
        {
            ["Intake:Twilio:AuthToken"] = AuthToken,
            ["Intake:Twilio:PublicBaseUrl"] = PublicBase,
        });
        var client = host.CreateClient();
        KeyValuePair<string, string>[] original = [new("MessageSid", "SM1"), new("From", "+31612345678"), new("To", "+3197010000001"), new("Body", "Hallo")];
        KeyValuePair<string, string>[] swapped = [new("MessageSid", "SM1"), new("From", "+31687654321"), new("To", "+3197010000001"), new("Body", "Hallo")];
        KeyValuePair<string, string>[] extended = [.. original, new("Body", "Ik zeg op")];
        var signature = TwilioWebhookSigner.Sign(AuthToken, PublicBase + "/webhooks/twilio/sms", original);
        var json = "{\"MessageSid\":\"SM2\"}";
        var jsonSignature = TwilioWebhookSigner.Sign(AuthToken,
            $"{PublicBase}/webhooks/twilio/sms?bodySHA256={Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))}", []);

        HttpStatusCode[] answers =
        [
            await PostAsync(client, "/webhooks/twilio/sms", new FormUrlEncodedContent(swapped), signature),
            await PostAsync(client, "/webhooks/twilio/sms", new FormUrlEncodedContent(extended), signature),
            await PostAsync(client, "/webhooks/twilio/voice", new FormUrlEncodedContent(original), signature),
            await PostAsync(client, "/webhooks/twilio/sms?extra=1", new FormUrlEncodedContent(original), signature),
            // A JSON body signed through its hash: another body under the same signed URL.
            await PostAsync(client, "/webhooks/twilio/sms?bodySHA256=" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))),
                new StringContent("{\"MessageSid\":\"SM3\"}", Encoding.UTF8, "application/json"), jsonSignature),
            await PostAsync(client, "/webhooks/twilio/sms", new FormUrlEncodedContent(original), signature.ToLowerInvariant()),
            await PostAsync(client, "/webhooks/twilio/sms", new FormUrlEncodedContent(original), signature + " "),
        ];

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.Forbidden, answer));
        Assert.Equal(0, await host.Database.ScalarAsync<long>("SELECT count(*) FROM raw_payload"));
        // The genuine post still goes through.
        Assert.Equal(HttpStatusCode.OK, await PostAsync(client, "/webhooks/twilio/sms", new FormUrlEncodedContent(original), signature));
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient client, string path, HttpContent content, string signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Add("X-Twilio-Signature", signature);
        return (await client.SendAsync(request)).StatusCode;
    }
}
