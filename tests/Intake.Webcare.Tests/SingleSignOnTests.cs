using System.Net;
using Intake.Core.Console;
using Intake.Host.Commands;
using Intake.Storage.Postgres.Console;
using Intake.Webcare.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Intake.Webcare.Tests;

/// <summary>OpenID Connect sign-in through the real host against a fake provider: account match by email, role mapping, refusals.</summary>
public sealed class SingleSignOnTests(SingleSignOnHostFixture fixture) : IClassFixture<SingleSignOnHostFixture>
{
    private readonly ConsoleHostFactory _host = fixture.Host;
    private readonly FakeOpenIdProvider _provider = fixture.Provider;

    [Fact]
    public async Task A_staff_member_signs_in_with_the_provider_gets_the_mapped_role_and_the_sign_in_is_audited()
    {
        var email = await _host.AddStaffAsync(StaffRoles.Agent, $"sso-{Guid.NewGuid():N}@{SingleSignOnHostFixture.AllowedDomain}");
        var id = await _host.StaffIdAsync(email);

        var (client, landed) = await SignInWithProviderAsync(email.ToUpperInvariant(), "Intake.Admin", "Somebody.Else");

        Assert.Equal("/console/signed-in?returnUrl=%2Fconsole%2Fcallbacks", landed.Headers.Location?.ToString());
        Assert.Contains("url=/console/callbacks", await client.GetStringAsync(landed.Headers.Location));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/console/staff")).StatusCode);
        Assert.Equal(StaffRoles.Admin, await _host.Database.ScalarAsync<string>("SELECT role FROM staff_user WHERE id = @id", new { id }));
        var audit = await _host.Database.QueryAsync<(string Type, string Actor, string Data)>(
            "SELECT type, actor, data::text FROM staff_event WHERE staff_id = @id", new { id });
        Assert.Equal([("signed_in_oidc", $"staff:{id}", "{\"role\": \"admin\", \"roleFromProvider\": true}")], audit);

        await StaffActivationCommand.RunAsync(
            new PostgresStaffUsers(_host.Database.DataSource), new PostgresStaffLifecycle(_host.Database.DataSource, TimeProvider.System),
            activate: false, [email], TextWriter.Null, TextWriter.Null, CancellationToken.None);
        Assert.StartsWith("http://localhost/console/login", (await client.GetAsync("/console")).Headers.Location?.ToString());
    }

    [Fact]
    public async Task The_provider_sign_in_is_refused_for_a_deactivated_unknown_or_outside_account_and_one_without_a_console_role()
    {
        var deactivated = await _host.AddStaffAsync(StaffRoles.Agent, $"gone-{Guid.NewGuid():N}@{SingleSignOnHostFixture.AllowedDomain}");
        await StaffActivationCommand.RunAsync(
            new PostgresStaffUsers(_host.Database.DataSource), new PostgresStaffLifecycle(_host.Database.DataSource, TimeProvider.System),
            activate: false, [deactivated], TextWriter.Null, TextWriter.Null, CancellationToken.None);
        var outside = await _host.AddStaffAsync(StaffRoles.Agent, $"outside-{Guid.NewGuid():N}@elsewhere.example");
        var roleless = await _host.AddStaffAsync(StaffRoles.Agent, $"roleless-{Guid.NewGuid():N}@{SingleSignOnHostFixture.AllowedDomain}");

        foreach (var (email, role) in new[] { (deactivated, "Intake.Agent"), ($"unknown@{SingleSignOnHostFixture.AllowedDomain}", "Intake.Agent"), (outside, "Intake.Agent"), (roleless, "Somebody.Else") })
        {
            var (client, landed) = await SignInWithProviderAsync(email, role);
            Assert.Equal("/console/login?error=sso", landed.Headers.Location?.ToString());
            Assert.Contains("no active staff account", await client.GetStringAsync("/console/login?error=sso&lang=en"));
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/console")).StatusCode);
        }
        Assert.Equal(0, await _host.Database.ScalarAsync<long>(
            "SELECT count(*) FROM staff_event e JOIN staff_user u ON u.id = e.staff_id WHERE e.type = 'signed_in_oidc' AND u.email = ANY(@emails)",
            new { emails = new[] { deactivated, outside, roleless } }));
    }

    [Fact]
    public async Task The_sign_in_page_offers_the_provider_by_its_name()
    {
        var page = await _host.CreateClient().GetStringAsync("/console/login?lang=en");
        Assert.Contains("Sign in with Fake ID", page);
    }

    /// <summary>The browser's round trip: the console's challenge, the provider's authorize redirect, the console's callback.</summary>
    private async Task<(HttpClient Client, HttpResponseMessage Landed)> SignInWithProviderAsync(string email, params string[] roles)
    {
        var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var challenge = await ConsoleHostFactory.PostFormAsync(client, "/console/login", "Sso", new() { ["returnUrl"] = "/console/callbacks" });
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.StartsWith(_provider.Issuer + "/authorize?", challenge.Headers.Location?.ToString());

        _provider.NextUser = new Dictionary<string, object> { ["email"] = email, ["email_verified"] = true, ["roles"] = roles };
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var authorized = await browser.GetAsync(challenge.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, authorized.StatusCode);
        return (client, await client.GetAsync(authorized.Headers.Location));
    }
}
