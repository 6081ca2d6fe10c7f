using Intake.Testing.Twilio;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Intake.Host.Tests.Twilio;

/// <summary>The host configured for Twilio against the fake of its API, and webhook posts signed as Twilio signs them.</summary>
internal static class TwilioWebhooks
{
    public const string AccountSid = FakeTwilioApi.AccountSid;
    public const string AuthToken = FakeTwilioApi.AuthToken;
    public const string PublicBaseUrl = "https://intake.example.nl";

    public static WebApplicationFactory<Program> WithTwilio(IntakeHostFactory host, FakeTwilioApi twilio) =>
        host.WithWebHostBuilder(builder => builder
            .UseSetting("Intake:Twilio:AccountSid", AccountSid)
            .UseSetting("Intake:Twilio:AuthToken", AuthToken)
            .UseSetting("Intake:Twilio:From", "+3197010000001")
            .UseSetting("Intake:Twilio:BaseUrl", twilio.BaseUrl)
            .UseSetting("Intake:Twilio:PublicBaseUrl", PublicBaseUrl));

    /// <summary>Signs for the public URL Twilio calls (behind the proxy), as Twilio would.</summary>
    public static Task<HttpResponseMessage> PostSignedAsync(HttpClient client, string path, KeyValuePair<string, string>[] fields)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("X-Twilio-Signature", TwilioWebhookSigner.Sign(AuthToken, PublicBaseUrl + path, fields));
        return client.SendAsync(request);
    }
}
