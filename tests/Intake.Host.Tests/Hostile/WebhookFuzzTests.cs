using System.Net;
using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Intake.Channels.Twilio.Webhooks;
using Intake.Host.Tests.X;
using Intake.Testing;
using Intake.Testing.Twilio;
using Intake.Testing.X;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit.Abstractions;

namespace Intake.Host.Tests.Hostile;

/// <summary>
/// Correctly signed but random and malformed provider posts (Twilio forms, X Account Activity JSON) through the real host:
/// the signature lets them reach the parsers, which never answer 5xx; whatever was stored is accepted or quarantined with a reason.
/// </summary>
public sealed class WebhookFuzzTests(ITestOutputHelper output)
{
    private const ulong Seed = 20261124;
    private const string AuthToken = "fuzz-auth-token";
    private const string PublicBase = "https://intake.example.nl";

    private static readonly string[] TwilioRoutes =
    [
        "/webhooks/twilio/sms", "/webhooks/twilio/status", "/webhooks/twilio/voice", "/webhooks/twilio/voice/menu?lang=nl&n=0",
        "/webhooks/twilio/voice/account?lang=en&n=2", "/webhooks/twilio/voice/confirm?lang=xx&n=-5", "/webhooks/twilio/voice/status",
        "/webhooks/twilio/voice/menu?n=99999999999999999999", "/webhooks/twilio/voice/confirm?lang=%00&n=1",
    ];

    private static readonly string[] TwilioNames =
    [
        "MessageSid", "SmsSid", "AccountSid", "From", "To", "Body", "NumMedia", "MediaUrl0", "MediaContentType0", "MessageStatus",
        "SmsStatus", "ErrorCode", "CallSid", "CallStatus", "Digits", "SpeechResult", "Confidence", "ProfileName", "WaId", "Direction",
        "From", "Body", "x", "", "Body[]", "%00",
    ];

    // Values that break mappers: empty, huge, NUL, lone surrogates, odd numbers, provider words, markup.
    private static readonly string[] TwilioValues =
    [
        "", " ", "SM1", "SM1", "CA1", "+31612345678", "0612345678", "whatsapp:+31612345678", "whatsapp:", "anonymous", "+", "-1", "0", "1",
        "2", "9", "*", "#", "99999999999999999999", "1e309", "NaN", "delivered", "undelivered", "failed", "completed", "no-answer",
        "in-progress", "STOP", "START", "Ik zeg mijn abonnement op", "opzeggen", "\0", "\u0001", "\ud800", "😀", "<Response><Hangup/></Response>",
        "]]>", new string('9', 5000), new string('x', 20_000),
    ];

    private static readonly string[] JsonFragments =
    [
        "{", "}", "[", "]", "\"", ":", ",", "null", "true", "-0", "1e999999", "\"\\u0000\"", "\"\\ud800\"", "\"for_user_id\"", "\"tweet_create_events\"",
        "\"direct_message_events\"", "\"users\"", "\"user\"", "\"id_str\"", "\"text\"", "\"message_create\"", "\"sender_id\"", "\"1\"", "😀",
        new string('[', 200), new string('7', 400),
    ];

    private static Gen<byte[]> TwilioBody() => Gen.OneOf(
        from count in Gen.Choose(0, 12)
        from pairs in Gen.ArrayOf(Gen.Elements(TwilioNames).SelectMany(name => Gen.Elements(TwilioValues).Select(value => (name, value))), count)
        select Encoding.UTF8.GetBytes(string.Join("&", pairs.Select(p => Escape(p.name) + "=" + Escape(p.value)))),
        // Not a form at all, or a form with bytes that are not UTF-8.
        Gen.Elements("&&&", "=", "%", "%zz", "Body=%FF%FE&From=%C3", "From=%2B31612345678&Body=%00%00", "a=b=c&&=", "Body=" + new string('%', 3000))
            .Select(Encoding.UTF8.GetBytes),
        Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), 64));

    private static string Escape(string value) => Uri.EscapeDataString(value.Replace("\ud800", "\ufffd", StringComparison.Ordinal));

    [Fact]
    public async Task Signed_random_and_malformed_twilio_posts_never_get_a_5xx_and_what_was_stored_is_accepted_or_quarantined()
    {
        await using var host = new IntakeHostFactory(await PostgresServer.CreateDatabaseAsync(migrate: false), new Dictionary<string, string?>
        {
            ["Intake:Twilio:AuthToken"] = AuthToken,
            ["Intake:Twilio:PublicBaseUrl"] = PublicBase,
        });
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var bodies = TwilioBody().Sample(270, new Rnd(Seed), 30);
        var statuses = new Dictionary<int, int>();

        for (var i = 0; i < bodies.Length; i++)
        {
            var route = TwilioRoutes[i % TwilioRoutes.Length];
            var request = new HttpRequestMessage(HttpMethod.Post, route) { Content = new ByteArrayContent(bodies[i]) };
            request.Content.Headers.ContentType = new("application/x-www-form-urlencoded");
            // Signed over the fields as the verifier decodes them, as Twilio signs what it sends.
            request.Headers.Add("X-Twilio-Signature", TwilioWebhookSigner.Sign(AuthToken, PublicBase + route, TwilioRequestVerifier.FormFields(bodies[i])));
            var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            Assert.True(status < 500, $"{status} on {route} for: {Shown(bodies[i])}\n{await response.Content.ReadAsStringAsync()}");
        }

        // IVR steps stay on their call (twilio_call) until the call becomes one message; anything else is accepted or quarantined.
        await AssertNothingLeftUnprocessedAsync(host.Database, "AND provider_id NOT IN (SELECT call_sid FROM twilio_call)");
        output.WriteLine($"twilio fuzz: {bodies.Length} signed posts over {TwilioRoutes.Length} routes (seed {Seed}); {Tally(statuses)}; {await StoredAsync(host.Database)}");
    }

    private static Gen<string> Garbage() => Gen.ListOf(Gen.Elements(JsonFragments)).Select(string.Concat);

    private static Gen<string> BrokenActivity() =>
        from kind in Gen.Elements("mention", "dm")
        from text in Gen.Elements(TwilioValues)
        from id in Gen.Elements("1", "0", "-1", "9223372036854775807", "abc", "")
        from cut in Gen.Choose(0, 100)
        from swap in Gen.Elements(
            ("", ""), ("\"id_str\":", "\"id_str\":[],\"x\":"), ("\"user\":{", "\"user\":null,\"u\":{"), ("\"text\":", "\"text\":42,\"t\":"),
            ("\"message_create\":{", "\"message_create\":\"\",\"m\":{"), ("\"sender_id\":", "\"sender_id\":{},\"s\":"),
            ("\"for_user_id\":", "\"for_user_id\":null,\"f\":"), ("\"tweet_create_events\":[", "\"tweet_create_events\":[null,1,\"x\","),
            ("\"created_at\":\"", "\"created_at\":\"yesterday"), ("\"created_timestamp\":\"", "\"created_timestamp\":\"-99999999999999"))
        let sender = id.Length > 0 && id.All(char.IsAsciiDigit) ? id : "2244994945"
        let body = kind == "mention"
            ? AccountActivityPayloads.Mention(FakeXApi.AccountId, "1861" + cut, sender, "fuzz", text)
            : AccountActivityPayloads.DirectMessage(FakeXApi.AccountId, "dm" + cut, sender, "fuzz", text)
        let mangled = swap.Item1.Length == 0 ? body : body.Replace(swap.Item1, swap.Item2, StringComparison.Ordinal)
        // Sometimes cut short: a delivery truncated on the way.
        select cut < 20 ? mangled[..(mangled.Length * cut / 20)] : mangled;

    [Fact]
    public async Task Signed_random_and_malformed_x_deliveries_never_get_a_5xx_and_what_was_stored_is_accepted_or_quarantined()
    {
        await using var x = await XHost.StartAsync();
        var client = x.Factory.CreateClient();
        var bodies = Gen.OneOf(Garbage(), BrokenActivity(), BrokenActivity()).Sample(240, new Rnd(Seed), 30)
            .Select(Encoding.UTF8.GetBytes)
            .Concat([[0xFF, 0xFE, 0x7B], [.. "{\"for_user_id\":\""u8, 0xC3, 0x28, .. "\"}"u8], Encoding.UTF8.GetBytes(new string('[', 100_000))])
            .ToArray();
        var statuses = new Dictionary<int, int>();

        foreach (var body in bodies)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/x") { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new("application/json");
            // Signed over the bytes as sent: some are not UTF-8 at all.
            request.Headers.Add("x-twitter-webhooks-signature",
                "sha256=" + Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(XHost.ConsumerSecret), body)));
            var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            Assert.True(status < 500, $"{status} for: {Shown(body)}\n{await response.Content.ReadAsStringAsync()}");
        }

        await AssertNothingLeftUnprocessedAsync(x.Database);
        Assert.Equal(bodies.Length, statuses.GetValueOrDefault(200));
        output.WriteLine($"x fuzz: {bodies.Length} signed deliveries (seed {Seed}); {Tally(statuses)}; {await StoredAsync(x.Database)}");
    }

    private static async Task AssertNothingLeftUnprocessedAsync(TestDatabase database, string except = "")
    {
        var left = await database.QueryAsync<string>(
            "SELECT channel || ' ' || content_type || ': ' || left(encode(body, 'escape'), 200) FROM raw_payload WHERE status NOT IN ('accepted', 'quarantined') " + except);
        Assert.True(left.Count == 0, $"{left.Count} stored payloads neither accepted nor quarantined:\n{string.Join("\n", left.Take(5))}");
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM raw_payload WHERE status = 'quarantined' AND coalesce(reason, '') = ''"));
    }

    private static async Task<string> StoredAsync(TestDatabase database)
    {
        var rows = await database.QueryAsync<(string Status, long Count)>("SELECT status, count(*) FROM raw_payload GROUP BY status ORDER BY status");
        return "stored: " + (rows.Count == 0 ? "none" : string.Join(", ", rows.Select(r => $"{r.Status}×{r.Count}")));
    }

    private static string Shown(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        return text[..Math.Min(300, text.Length)];
    }

    private static string Tally(Dictionary<int, int> statuses) =>
        "answers: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"));
}
