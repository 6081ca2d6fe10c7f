using System.Net;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Intake.Testing;

namespace Intake.Host.Tests.Hostile;

/// <summary>Random and malformed input at every public door: never a 5xx, and whatever was accepted is kept.</summary>
public sealed class HostileInputTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const ulong Seed = 20261124;

    // Fragments that break parsers: structure, escapes, huge numbers, control characters, other encodings.
    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", "\"", ":", ",", "\\", "\\u0000", "\\ud800", "null", "true", "1e999999", "-0", "NaN",
        "\"externalId\"", "\"from\"", "\"text\"", "\"receivedAt\"", "\"channel\"", "\"replyChannel\"", "\"2026-13-45T99:99\"",
        "\"jan@example.nl\"", "\"+31612345678\"", "\"opzeggen\"", "\u0001", "\u202e", "ü", "😀", "<script>", "'; DROP TABLE case_event;--",
        new string('a', 3000), "\r\n", "%00", "=", "&",
    ];

    private static Gen<string> Garbage() =>
        Gen.ListOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts));

    private static Gen<string> AlmostValidIntake() =>
        from id in Gen.Elements("a", "", "x-1", new string('9', 300), "\u0000")
        from sender in Gen.Elements("jan@example.nl", "not an address", "", "+31 6", "0612345678", "@@", "12345678901234567890")
        from text in Gen.Elements("Ik zeg op", "", "   ", "😀😀", new string('x', 5000))
        from at in Gen.Elements("null", "\"2026-11-24T10:00:00Z\"", "\"tomorrow\"", "12", "\"9999-12-31T00:00:00Z\"", "\"0001-01-01T00:00:00Z\"")
        from channel in Gen.Elements("\"api\"", "\"email\"", "\"fax\"", "3", "null", "[]")
        select $$"""{"externalId":"{{id}}","from":"{{sender}}","text":"{{text}}","receivedAt":{{at}},"channel":{{channel}}}""";

    // The fuzz posts far more than any customer would from one address: rate limits would hide the parsers.
    private static async Task<IntakeHostFactory> UnlimitedHostAsync()
    {
        var host = new IntakeHostFactory(await PostgresServer.CreateDatabaseAsync(migrate: false), LimitedHost.Unlimited());
        _ = host.Server;
        return host;
    }

    [Fact]
    public async Task Random_and_malformed_api_bodies_never_get_a_5xx_and_accepted_ones_are_stored()
    {
        await using var host = await UnlimitedHostAsync();
        var api = host.ApiClient();
        var bodies = Gen.OneOf(Garbage(), AlmostValidIntake()).Sample(200, new Rnd(Seed), 20);
        var accepted = 0;

        foreach (var body in bodies)
        {
            var response = await api.PostAsync("/api/v1/intake", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for body: {body[..Math.Min(200, body.Length)]}");
            // 202 first delivery, 200 a re-delivery: both are kept raw.
            if (response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK) accepted++;
            if ((int)response.StatusCode >= 400)
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(accepted, await host.Database.ScalarAsync<long>("SELECT count(*) FROM raw_payload WHERE channel = 'api'"));
        Assert.Equal(0, await host.Database.ScalarAsync<long>("SELECT count(*) FROM raw_payload WHERE status = 'received'"));
        output.WriteLine($"api fuzz: {bodies.Length} bodies (seed {Seed}); {accepted} taken in, {bodies.Length - accepted} refused with 4xx problem+json");
    }

    [Fact]
    public async Task Random_form_posts_and_paths_never_get_a_5xx()
    {
        await using var host = await UnlimitedHostAsync();
        var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var forms = Garbage().Sample(60, new Rnd(Seed), 20);

        foreach (var form in forms)
        {
            var post = await client.PostAsync("/cancel", new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded"));
            var why = await client.PostAsync("/why/" + Uri.EscapeDataString(form[..Math.Min(40, form.Length)]), new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded"));
            var receipt = await client.GetAsync("/cancel/receipt/" + Uri.EscapeDataString(form[..Math.Min(40, form.Length)]) + "?t=" + Uri.EscapeDataString(form[..Math.Min(80, form.Length)]));
            foreach (var response in new[] { post, why, receipt })
                Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} {response.RequestMessage!.RequestUri} for: {form[..Math.Min(200, form.Length)]}");
        }
        output.WriteLine($"form fuzz: {forms.Length} bodies (seed {Seed}), each posted to /cancel and /why and used as a receipt link");
    }
}
