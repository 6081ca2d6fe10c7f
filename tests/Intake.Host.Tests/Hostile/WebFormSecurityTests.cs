using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Intake.Host.Tests.Hostile;

/// <summary>The public pages against a hostile browser: forged posts, redirects off-site, markup in names, framing and sniffing.</summary>
public sealed class WebFormSecurityTests
{
    [Fact]
    public async Task A_post_without_a_matching_antiforgery_token_is_refused_and_stores_nothing()
    {
        await using var host = await IntakeHostFactory.StartAsync();
        var browser = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var mine = await PublicForm.OpenAsync(browser);
        var theirs = await PublicForm.OpenAsync(browser);
        var values = PublicForm.Customer("Jan", "jan@example.nl");

        var noCookie = await browser.PostAsync("/cancel", new FormUrlEncodedContent(new Dictionary<string, string>(mine.Fields.Concat(values))));
        var noToken = new HttpRequestMessage(HttpMethod.Post, "/cancel") { Content = new FormUrlEncodedContent(values) };
        noToken.Headers.Add("Cookie", mine.Cookie);
        var withoutToken = await browser.SendAsync(noToken);
        // Someone else's token with my cookie: a cross-site post replaying a token it scraped.
        var crossed = new HttpRequestMessage(HttpMethod.Post, "/cancel") { Content = new FormUrlEncodedContent(new Dictionary<string, string>(theirs.Fields.Concat(values))) };
        crossed.Headers.Add("Cookie", mine.Cookie);
        var mixed = await browser.SendAsync(crossed);

        Assert.All([noCookie, withoutToken, mixed], r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal(0, await host.Database.ScalarAsync<long>("SELECT count(*) FROM raw_payload"));
    }

    [Fact]
    public async Task Redirect_parameters_never_send_the_customer_off_site()
    {
        await using var host = await IntakeHostFactory.StartAsync();
        var browser = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var values = PublicForm.Customer("Karin", "karin@example.nl");
        foreach (var name in new[] { "returnUrl", "ReturnUrl", "redirect", "next", "url" }) values[name] = "https://evil.example/phish";

        var response = await (await PublicForm.OpenAsync(browser, "/cancel?lang=en&returnUrl=https%3A%2F%2Fevil.example&redirect=%2F%2Fevil.example")).PostAsync(browser, values);
        var login = await browser.GetAsync("/console/login?ReturnUrl=https%3A%2F%2Fevil.example");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/cancel/receipt/", location, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.Redirect, login.StatusCode);
        Assert.DoesNotContain("evil.example", login.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_in_a_name_is_shown_inert_when_the_form_is_shown_again()
    {
        await using var host = await IntakeHostFactory.StartAsync();
        var browser = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        const string name = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
        var values = PublicForm.Customer(name, "not an address");
        values["reason_text"] = "</textarea><script>alert(3)</script>";

        var response = await (await PublicForm.OpenAsync(browser)).PostAsync(browser, values);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        // And were anything to slip through, the page's policy runs no script at all.
        Assert.StartsWith("default-src 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_carries_the_security_headers()
    {
        await using var host = await IntakeHostFactory.StartAsync();
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        string[] paths =
        [
            "/cancel", "/cancel?lang=de", "/cancel/receipt/C-2026-000001?t=forged", "/why/forged-token", "/console", "/console/login",
            "/api/v1/cases/C-2026-000001", "/health/live", "/no-such-page",
        ];

        foreach (var path in paths)
        {
            var response = await client.GetAsync(path);
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {path}");
            Assert.True(Header(response, "Content-Security-Policy").Contains("frame-ancestors 'none'", StringComparison.Ordinal), $"CSP of {path}");
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Equal("DENY", Header(response, "X-Frame-Options"));
            Assert.NotEmpty(Header(response, "Referrer-Policy"));
        }
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
