using System.Net;
using System.Text.RegularExpressions;
using Intake.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Intake.Host.Tests;

public sealed partial class WebFormThroughHostTests
{
    [Fact]
    public async Task A_form_opened_on_one_host_and_submitted_to_another_is_accepted_and_confirmed_through_the_outbox()
    {
        await using var hostA = await IntakeHostFactory.StartAsync();
        await CustomerSeed.AddAsync(hostA.Database, "NL7007", email: "roos@example.nl", product: "Tv Basis");
        await using var hostB = new IntakeHostFactory(hostA.Database);
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false };
        var browserA = hostA.CreateClient(options);
        var browserB = hostB.CreateClient(options);

        var form = await browserA.GetAsync("/cancel?lang=en");
        var html = await form.Content.ReadAsStringAsync();
        var cookie = string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var fields = Hidden().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        fields["name"] = "Roos de Vries";
        fields["account"] = "NL7007";
        fields["email"] = "roos@example.nl";
        fields["kind"] = "ordinary";
        var post = new HttpRequestMessage(HttpMethod.Post, "/cancel") { Content = new FormUrlEncodedContent(fields) };
        post.Headers.Add("Cookie", cookie);
        var submitted = await browserB.SendAsync(post);

        Assert.Equal(HttpStatusCode.SeeOther, submitted.StatusCode);
        var receipt = await browserA.GetStringAsync(submitted.Headers.Location!.OriginalString);
        var reference = Reference().Match(receipt).Value;
        Assert.NotEmpty(reference);
        var view = await hostA.WaitForRepliesAsync(hostA.ApiClient(), reference);
        var reply = Assert.Single(view.GetProperty("outbound").EnumerateArray());
        Assert.Equal(("email", "dev-outbox"), (reply.GetProperty("channel").GetString(), reply.GetProperty("status").GetString()));
        Assert.Contains("Tv Basis", reply.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal("web", view.GetProperty("firstChannel").GetString());
    }

    [Fact]
    public async Task The_gateway_serves_the_form_and_reports_ready()
    {
        await using var host = await IntakeHostFactory.StartAsync();
        var client = host.CreateClient();

        var form = await client.GetStringAsync("/cancel");
        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");
        var metrics = await client.GetStringAsync("/metrics");

        Assert.Contains("Nu opzeggen", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("\"database\"", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Contains("# TYPE", metrics, StringComparison.Ordinal);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex Hidden();

    [GeneratedRegex(@"C-\d{4}-\d{6}")]
    private static partial Regex Reference();
}
