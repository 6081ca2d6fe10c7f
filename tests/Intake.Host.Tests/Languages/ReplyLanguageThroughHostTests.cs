using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Intake.Host.Tests.Email;
using Intake.Host.Tests.Twilio;
using Intake.Host.Tests.X;
using Intake.Testing;
using Intake.Testing.Twilio;
using Intake.Testing.X;
using Microsoft.AspNetCore.Mvc.Testing;
using MimeKit;

namespace Intake.Host.Tests.Languages;

/// <summary>
/// One cancellation per supported language on each channel, through the real host: the reply is in the customer's
/// language (the outbound row's language, its template, and a word only that language's confirmation uses).
/// </summary>
public sealed partial class ReplyLanguageThroughHostTests
{
    [Fact]
    public async Task An_api_intake_in_each_language_is_confirmed_in_that_language()
    {
        await using var host = await IntakeHostFactory.StartAsync();
        var api = host.ApiClient();
        foreach (var language in Declarations.Languages)
        {
            await CustomerSeed.AddAsync(host.Database, $"NL310{Declarations.Number(language)}", email: $"api-{language}@example.nl");
            var body = JsonSerializer.Serialize(new { channel = "api", externalId = $"lang-{language}", from = $"api-{language}@example.nl", text = Declarations.Text(language) });

            var response = await api.PostAsync("/api/v1/intake", new StringContent(body, Encoding.UTF8, "application/json"));

            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            var reference = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseReference").GetString()!;
            await host.WaitForRepliesAsync(api, reference);
            await ReplyLanguage.AssertAsync(host.Database, reference, language);
        }
    }

    [Fact]
    public async Task A_web_form_in_each_language_is_confirmed_in_that_language()
    {
        await using var host = await IntakeHostFactory.StartAsync();
        foreach (var language in Declarations.Languages)
        {
            // A new browser per customer: each gets its own form cookie.
            var browser = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            var account = $"NL320{Declarations.Number(language)}";
            await CustomerSeed.AddAsync(host.Database, account, email: $"web-{language}@example.nl");
            var form = await browser.GetAsync($"/cancel?lang={language}");
            var html = await form.Content.ReadAsStringAsync();
            var cookie = string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
            var fields = Hidden().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
            fields["name"] = "Test Klant";
            fields["account"] = account;
            fields["email"] = $"web-{language}@example.nl";
            fields["kind"] = "ordinary";
            var post = new HttpRequestMessage(HttpMethod.Post, "/cancel") { Content = new FormUrlEncodedContent(fields) };
            post.Headers.Add("Cookie", cookie);

            var submitted = await browser.SendAsync(post);

            Assert.Equal(HttpStatusCode.SeeOther, submitted.StatusCode);
            var receipt = await browser.GetStringAsync(submitted.Headers.Location!.OriginalString);
            var reference = Reference().Match(receipt).Value;
            await host.WaitForRepliesAsync(host.ApiClient(), reference);
            await ReplyLanguage.AssertAsync(host.Database, reference, language);
        }
    }

    [Fact]
    public async Task An_sms_in_each_language_is_confirmed_by_sms_in_that_language()
    {
        await using var twilio = await FakeTwilioApi.StartAsync();
        await using var host = new IntakeHostFactory(await PostgresServer.CreateDatabaseAsync(migrate: false));
        await using var factory = TwilioWebhooks.WithTwilio(host, twilio);
        var client = factory.CreateClient();
        var api = factory.CreateClient();
        api.DefaultRequestHeaders.Add("X-Api-Key", IntakeHostFactory.ApiKey);
        var n = 0;
        foreach (var language in Declarations.Languages)
        {
            var mobile = $"+3161234500{n++}";
            await CustomerSeed.AddAsync(host.Database, $"NL330{Declarations.Number(language)}", phone: mobile);

            var webhook = await TwilioWebhooks.PostSignedAsync(client, "/webhooks/twilio/sms",
                [new("MessageSid", $"SM33{language}"), new("From", mobile), new("To", "+3197010000001"), new("Body", Declarations.Text(language))]);

            Assert.Equal(HttpStatusCode.OK, webhook.StatusCode);
            var reference = await host.Database.ScalarAsync<string>(
                "SELECT c.reference FROM cancellation_case c JOIN inbound_message m ON m.case_id = c.id WHERE m.provider_message_id = @sid", new { sid = $"SM33{language}" });
            await host.WaitForRepliesAsync(api, reference);
            await ReplyLanguage.AssertAsync(host.Database, reference, language);
            Assert.Contains(twilio.Requests, m => m.Form["To"] == mobile && m.Form["Body"].Contains(Declarations.Word(language), StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task An_x_dm_in_each_language_is_confirmed_by_dm_in_that_language()
    {
        await using var host = await XHost.StartAsync();
        foreach (var language in Declarations.Languages)
        {
            var userId = await host.KnownCustomerAsync($"klant_{language}", $"NL340{Declarations.Number(language)}", "Internet 100");
            var dmId = host.Api.AddDm(userId, Declarations.Text(language));

            var response = await host.DeliverAsync(AccountActivityPayloads.DirectMessage(FakeXApi.AccountId, dmId, userId, $"klant_{language}", Declarations.Text(language)));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var reference = await host.Database.ScalarAsync<string>(
                "SELECT c.reference FROM cancellation_case c JOIN inbound_message m ON m.case_id = c.id WHERE m.provider_message_id = @dmId", new { dmId });
            await host.WaitForRepliesAsync(reference);
            await ReplyLanguage.AssertAsync(host.Database, reference, language);
            Assert.Contains(host.Api.SentDms, dm => dm.ParticipantId == userId && dm.Text.Contains(Declarations.Word(language), StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task An_email_in_each_language_is_confirmed_by_email_in_that_language()
    {
        await using var email = await EmailHost.StartAsync();
        using var api = email.ApiClient();
        var sent = 0;
        foreach (var language in Declarations.Languages)
        {
            var from = $"mail-{language}@example.com";
            await CustomerSeed.AddAsync(email.Database, $"NL350{Declarations.Number(language)}", email: from);
            var mail = new MimeMessage();
            mail.From.Add(new MailboxAddress("Klant", from));
            mail.To.Add(new MailboxAddress("", "opzeggen@example.nl"));
            mail.Subject = Declarations.Word(language);
            mail.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("klant.example.com");
            mail.Date = DateTimeOffset.UtcNow;
            mail.Body = new TextPart("plain") { Text = Declarations.Text(language) };

            await email.AppendAsync(mail);

            var reference = await WaitForCaseAsync(email.Database, from);
            await email.Factory.WaitForRepliesAsync(api, reference, TimeSpan.FromSeconds(30));
            await ReplyLanguage.AssertAsync(email.Database, reference, language);
            var delivered = await email.Smtp.WaitForDeliveriesAsync(++sent);
            var reply = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(delivered[sent - 1])));
            Assert.Contains(Declarations.Word(language), reply.TextBody, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static async Task<string> WaitForCaseAsync(TestDatabase database, string sender)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var reference = (await database.QueryAsync<string>(
                "SELECT c.reference FROM cancellation_case c JOIN inbound_message m ON m.case_id = c.id WHERE m.sender_address = @sender", new { sender })).FirstOrDefault();
            if (reference is not null) return reference;
            Assert.True(DateTime.UtcNow < deadline, "no case for the mail in time");
            await Task.Delay(100);
        }
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex Hidden();

    [GeneratedRegex(@"C-\d{4}-\d{6}")]
    private static partial Regex Reference();
}
