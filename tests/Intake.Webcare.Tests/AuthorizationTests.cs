using System.Net;
using Intake.Core.Console;
using Intake.Host.Commands;
using Intake.Storage.Postgres.Console;
using Intake.Webcare.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Intake.Webcare.Tests;

public sealed class AuthorizationTests(ConsoleHostFixture fixture) : IClassFixture<ConsoleHostFixture>
{
    private readonly ConsoleHostFactory _host = fixture.Host;

    public static TheoryData<string> StaffUrls => new()
    {
        "/console", "/console?queue=callbacks", "/console/cases/C-2026-000001", "/console/manual", "/console/callbacks",
        "/console/quarantine", "/console/reports/reasons", "/console/reports/reasons?handler=Csv", "/console/staff",
        "/console/password", "/console/language", "/console/logout", "/hangfire", "/hangfire/recurring",
    };

    [Theory]
    [MemberData(nameof(StaffUrls))]
    public async Task Anonymous_users_are_sent_to_sign_in_for_every_console_and_dashboard_url(string url)
    {
        var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/console/login?ReturnUrl=", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("/hangfire", "agent")]
    [InlineData("/hangfire/recurring", "supervisor")]
    [InlineData("/console/staff", "agent")]
    [InlineData("/console/staff", "supervisor")]
    [InlineData("/console/reports/reasons", "agent")]
    public async Task Staff_without_the_needed_role_are_refused(string url, string role)
    {
        var client = await _host.SignInAsync(role);
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url} as {role}: {(int)response.StatusCode} {response.Headers.Location}");
        Assert.StartsWith("http://localhost/console/denied", response.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(response.Headers.Location)).StatusCode);
    }

    [Fact]
    public async Task Admins_reach_the_hangfire_dashboard_and_see_the_callback_job()
    {
        var client = await _host.SignInAsync(StaffRoles.Admin);
        var response = await client.GetAsync("/hangfire/recurring");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("webcare-callbacks-overdue", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Single_sign_on_is_off_by_default()
    {
        var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.DoesNotContain("id=\"sso\"", await client.GetStringAsync("/console/login"));
        Assert.Equal(HttpStatusCode.NotFound, (await ConsoleHostFactory.PostFormAsync(client, "/console/login", "Sso", new())).StatusCode);
    }

    [Fact]
    public async Task A_sign_in_without_the_antiforgery_token_is_refused()
    {
        var email = await _host.AddStaffAsync(StaffRoles.Agent);
        var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostAsync("/console/login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = email, ["password"] = ConsoleHostFactory.Password }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var email = await _host.AddStaffAsync(StaffRoles.Agent);
        var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 4; i++)
            Assert.Equal(HttpStatusCode.Unauthorized,
                (await ConsoleHostFactory.PostFormAsync(client, "/console/login", null, new() { ["email"] = email, ["password"] = "wrong" + i })).StatusCode);
        Assert.Equal((HttpStatusCode)423,
            (await ConsoleHostFactory.PostFormAsync(client, "/console/login", null, new() { ["email"] = email, ["password"] = "wrong" })).StatusCode);
        var right = await ConsoleHostFactory.PostFormAsync(client, "/console/login", null, new() { ["email"] = email, ["password"] = ConsoleHostFactory.Password });
        Assert.Equal((HttpStatusCode)423, right.StatusCode);
        Assert.Contains("geblokkeerd", await right.Content.ReadAsStringAsync());

        _host.Clock.Advance(TimeSpan.FromMinutes(16));
        var later = await ConsoleHostFactory.PostFormAsync(client, "/console/login", null, new() { ["email"] = email, ["password"] = ConsoleHostFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
        Assert.Equal(0, await _host.Database.ScalarAsync<int>("SELECT failed_logins FROM staff_user WHERE email = @email", new { email }));
    }

    [Fact]
    public async Task Add_staff_without_a_password_prints_a_generated_one_once_that_PasswordHasher_accepts()
    {
        var stdout = new StringWriter();
        var code = await AddStaffCommand.RunAsync(new PostgresStaffUsers(_host.Database.DataSource), ["--email", "New.Agent@Staff.Example", "--role", "agent"],
            TextReader.Null, stdout, TextWriter.Null, CancellationToken.None);
        Assert.Equal(0, code);
        var password = stdout.ToString().Split("password (shown once): ")[1].Trim();
        Assert.Equal(20, password.Length);
        var hash = await _host.Database.ScalarAsync<string>("SELECT password_hash FROM staff_user WHERE email = 'new.agent@staff.example'");
        Assert.DoesNotContain(password, hash);
        var user = new StaffUser { Email = "new.agent@staff.example", Role = "agent", PasswordHash = hash, Language = "nl" };
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<StaffUser>().VerifyHashedPassword(user, hash, password));

        var again = await AddStaffCommand.RunAsync(new PostgresStaffUsers(_host.Database.DataSource), ["--email", "new.agent@staff.example", "--role", "admin"],
            TextReader.Null, TextWriter.Null, TextWriter.Null, CancellationToken.None);
        Assert.Equal(1, again);
        Assert.Equal(2, await AddStaffCommand.RunAsync(new PostgresStaffUsers(_host.Database.DataSource), ["--email", "x@staff.example", "--role", "root"],
            TextReader.Null, TextWriter.Null, TextWriter.Null, CancellationToken.None));
    }
}
