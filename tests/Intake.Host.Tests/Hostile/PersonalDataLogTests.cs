using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Intake.Testing;
using Intake.Testing.Twilio;
using Intake.Testing.X;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Xunit.Abstractions;

namespace Intake.Host.Tests.Hostile;

/// <summary>An end-to-end run through the API, the web form, Twilio and X: the host's log output holds none of the personal data or secrets it handled.</summary>
public sealed class PersonalDataLogTests(ITestOutputHelper output)
{
    private const string AuthToken = "pii-scan-twilio-auth-token";
    private const string ConsumerSecret = "pii-scan-x-consumer-secret-0123456789";

    [Fact]
    public async Task The_log_of_an_end_to_end_run_holds_no_names_addresses_numbers_texts_or_secrets()
    {
        await using var x = await FakeXApi.StartAsync();
        await using var host = new IntakeHostFactory(await PostgresServer.CreateDatabaseAsync(migrate: false), new Dictionary<string, string?>
        {
            ["Intake:Twilio:AuthToken"] = AuthToken,
            ["Intake:Twilio:PublicBaseUrl"] = "https://intake.example.nl",
            ["Intake:X:BaseUrl"] = x.BaseUrl,
            ["Intake:X:AccountId"] = FakeXApi.AccountId,
            ["Intake:X:ConsumerKey"] = "pii-scan-consumer-key",
            ["Intake:X:ConsumerSecret"] = ConsumerSecret,
            ["Intake:X:AccessToken"] = "370773112-piiscanaccesstoken",
            ["Intake:X:AccessTokenSecret"] = "pii-scan-access-token-secret",
        });
        FormattedLogCapture? capture = null;
        var factory = host.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(sp =>
            capture = new FormattedLogCapture(sp.GetServices<ConsoleFormatter>().Single(f => f.Name == "masked")))));
        var api = factory.CreateClient();
        api.DefaultRequestHeaders.Add("X-Api-Key", IntakeHostFactory.ApiKey);
        var browser = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var xUser = x.AddUser("vlietstra_x");
        await CustomerSeed.AddAsync(host.Database, "NL4242", email: "roosmarijn.vlietstra@example.nl", phone: "+31612345987", product: "Glasvezel 500");
        await host.Database.ExecuteAsync("UPDATE customer SET name = 'Roosmarijn Vlietstra'");
        await host.Database.ExecuteAsync("INSERT INTO identity_link (kind, value, customer_id, verified) SELECT 'x', @xUser, id, true FROM customer", new { xUser });

        // The API: a known customer by email, and an unknown one by phone.
        var fromApi = await api.PostAsync("/api/v1/intake", JsonContent.Create(new
        {
            externalId = "crm-pii-1", from = "roosmarijn.vlietstra@example.nl", name = "Roosmarijn Vlietstra",
            text = "Hierbij zeg ik mijn Zonnebloemabonnement op, klantnummer NL4242.",
        }));
        var unknown = await api.PostAsync("/api/v1/intake", JsonContent.Create(new { externalId = "crm-pii-2", from = "+31687650123", text = "Opzeggen graag, Korenbloemweg 7" }));
        // The web form, once invalid (shown again with the values) and once valid.
        var form = await PublicForm.OpenAsync(browser);
        var invalid = await form.PostAsync(browser, PublicForm.Customer("Roosmarijn Vlietstra", "roosmarijn.vlietstra@", "NL4242"));
        var valid = await (await PublicForm.OpenAsync(browser)).PostAsync(browser, PublicForm.Customer("Roosmarijn Vlietstra", "roosmarijn.vlietstra@example.nl", "NL4242"));
        // Twilio: a signed SMS and a forged one.
        KeyValuePair<string, string>[] sms = [new("MessageSid", "SMpii1"), new("From", "+31612345987"), new("To", "+3197010000001"), new("Body", "Stop Zonnebloemabonnement alstublieft")];
        var signed = await PostTwilioAsync(browser, sms, TwilioWebhookSigner.Sign(AuthToken, "https://intake.example.nl/webhooks/twilio/sms", sms));
        var forged = await PostTwilioAsync(browser, sms, "forged-signature");
        // X: a signed DM and one signed with another secret.
        var dm = AccountActivityPayloads.DirectMessage(FakeXApi.AccountId, "1862000000000000777", xUser, "vlietstra_x", "Ik wil mijn Zonnebloemabonnement opzeggen");
        var fromX = await PostXAsync(browser, dm, ConsumerSecret);
        var forgedX = await PostXAsync(browser, dm, "not-the-secret");

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.BadRequest, HttpStatusCode.SeeOther, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.Unauthorized],
            [fromApi.StatusCode, unknown.StatusCode, invalid.StatusCode, valid.StatusCode, signed.StatusCode, forged.StatusCode, fromX.StatusCode, forgedX.StatusCode]);
        foreach (var reference in await host.Database.QueryAsync<string>("SELECT reference FROM cancellation_case"))
            await host.WaitForRepliesAsync(api, reference);

        string[] personal =
        [
            "Roosmarijn", "Vlietstra", "roosmarijn.vlietstra@example.nl", "+31612345987", "0612345987", "612345987", "+31687650123", "687650123",
            "NL4242", "Zonnebloem", "Korenbloemweg", "vlietstra_x",
        ];
        string[] secrets = [AuthToken, ConsumerSecret, "pii-scan-access-token-secret", IntakeHostFactory.ApiKey];
        var log = capture!.Text;
        Assert.True(capture.Count > 20, $"only {capture.Count} log lines were captured");
        foreach (var value in personal.Concat(secrets))
            Assert.False(log.Contains(value, StringComparison.OrdinalIgnoreCase), $"'{value}' appears in the log:\n{Lines(log, value)}");
        output.WriteLine($"pii scan: {capture.Count} log lines, {personal.Length} personal values and {secrets.Length} secrets, none found");
    }

    private static Task<HttpResponseMessage> PostTwilioAsync(HttpClient client, KeyValuePair<string, string>[] fields, string signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/twilio/sms") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("X-Twilio-Signature", signature);
        return client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> PostXAsync(HttpClient client, string body, string secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/x") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("x-twitter-webhooks-signature", AccountActivityPayloads.Sign(secret, body));
        return client.SendAsync(request);
    }

    private static string Lines(string log, string value) =>
        string.Join("\n", log.Split('\n').Where(l => l.Contains(value, StringComparison.OrdinalIgnoreCase)).Take(5));
}
