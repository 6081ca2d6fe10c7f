using System.Net;
using System.Text.RegularExpressions;
using Intake.Core.Console;
using Intake.Host.Commands;
using Intake.Storage.Postgres.Console;
using Intake.Webcare.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Intake.Webcare.Tests;

/// <summary>Deactivation, password change and admin reset through the real console and PostgreSQL, each with its account event.</summary>
public sealed partial class StaffLifecycleTests(ConsoleHostFixture fixture) : IClassFixture<ConsoleHostFixture>
{
    private const string NewPassword = "a much better passphrase";
    private readonly ConsoleHostFactory _host = fixture.Host;

    [Fact]
    public async Task Deactivating_an_account_ends_its_live_session_at_the_next_request()
    {
        var agentEmail = await _host.AddStaffAsync(StaffRoles.Agent);
        var agent = await _host.SignInAsAsync(agentEmail);
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/console")).StatusCode);
        var (admin, adminId) = await AdminAsync();
        var agentId = await _host.StaffIdAsync(agentEmail);

        var done = await ConsoleHostFactory.PostFormAsync(admin, "/console/staff", "Deactivate", new() { ["id"] = $"{agentId}" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        await AssertSignedOutAsync(agent);
        Assert.Equal([("staff_deactivated", $"staff:{adminId}")], await EventsAsync(agentId));
        var page = await admin.GetStringAsync("/console/staff");
        Assert.Contains("data-type=\"staff_deactivated\"", page);
        Assert.Contains("Reactivate", page);
    }

    [Fact]
    public async Task A_deactivated_account_cannot_sign_in_until_the_command_line_reactivates_it()
    {
        var email = await _host.AddStaffAsync(StaffRoles.Agent);
        var stdout = new StringWriter();
        Assert.Equal(0, await RunAsync(activate: false, [email.ToUpperInvariant()], stdout));
        Assert.Matches("^staff user [0-9]+ deactivated$", stdout.ToString().Trim());

        var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var refused = await ConsoleHostFactory.PostFormAsync(client, "/console/login", null, new() { ["email"] = email, ["password"] = ConsoleHostFactory.Password });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("gedeactiveerd", await refused.Content.ReadAsStringAsync());
        var wrong = await ConsoleHostFactory.PostFormAsync(client, "/console/login", null, new() { ["email"] = email, ["password"] = "not the password" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);

        Assert.Equal(0, await RunAsync(activate: true, [email], TextWriter.Null));
        Assert.Equal(HttpStatusCode.OK, (await (await _host.SignInAsAsync(email)).GetAsync("/console")).StatusCode);
        Assert.Equal([("staff_deactivated", "command-line"), ("staff_reactivated", "command-line")], await EventsAsync(await _host.StaffIdAsync(email)));
    }

    [Fact]
    public async Task The_deactivate_command_refuses_an_unknown_account_and_bad_arguments()
    {
        var stderr = new StringWriter();
        Assert.Equal(1, await RunAsync(activate: false, ["nobody@staff.example"], TextWriter.Null, stderr));
        Assert.DoesNotContain("nobody@staff.example", stderr.ToString());
        Assert.Equal(2, await RunAsync(activate: false, [], TextWriter.Null));
        Assert.Equal(2, await RunAsync(activate: false, ["not an address"], TextWriter.Null));
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one_and_ends_the_other_sessions()
    {
        var email = await _host.AddStaffAsync(StaffRoles.Agent);
        var here = await _host.SignInAsAsync(email);
        var elsewhere = await _host.SignInAsAsync(email);

        var wrong = await ChangePasswordAsync(here, "not the password", NewPassword);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("The current password is wrong.", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await ChangePasswordAsync(here, ConsoleHostFactory.Password, "too short")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/console")).StatusCode);

        var changed = await ChangePasswordAsync(here, ConsoleHostFactory.Password, NewPassword);
        Assert.Equal("/console", changed.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/console")).StatusCode);
        await AssertSignedOutAsync(elsewhere);
        await _host.SignInAsAsync(email, NewPassword);
        var id = await _host.StaffIdAsync(email);
        Assert.Equal([("password_changed", $"staff:{id}")], await EventsAsync(id));
    }

    [Fact]
    public async Task An_admin_reset_ends_the_sessions_and_the_user_must_choose_a_new_password_at_next_sign_in()
    {
        var email = await _host.AddStaffAsync(StaffRoles.Admin);
        var user = await _host.SignInAsAsync(email);
        var (admin, adminId) = await AdminAsync();
        var id = await _host.StaffIdAsync(email);

        var reset = await ConsoleHostFactory.PostFormAsync(admin, "/console/staff", "Reset", new() { ["id"] = $"{id}", ["password"] = "" });
        var temporary = NewPasswordPattern().Match(await reset.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.Equal(20, temporary.Length);
        await AssertSignedOutAsync(user);

        var again = await _host.SignInAsAsync(email, temporary);
        foreach (var url in new[] { "/console", "/console/staff", "/console/cases/C-2026-000001" })
            Assert.Equal("/console/password", (await again.GetAsync(url)).Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, (await again.GetAsync("/hangfire")).StatusCode);
        Assert.Contains("id=\"must-change\"", await again.GetStringAsync("/console/password"));

        Assert.Equal(HttpStatusCode.Redirect, (await ChangePasswordAsync(again, temporary, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/console/staff")).StatusCode);
        Assert.Equal([("password_reset", $"staff:{adminId}"), ("password_changed", $"staff:{id}")], await EventsAsync(id));
        var data = await _host.Database.QueryAsync<string>("SELECT data::text FROM staff_event WHERE staff_id = @id", new { id });
        Assert.Contains("{\"generated\": true}", data);
        Assert.DoesNotContain(data, d => d.Contains(temporary, StringComparison.Ordinal) || d.Contains("AQAAAA", StringComparison.Ordinal));
        var tampering = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => _host.Database.ExecuteAsync("DELETE FROM staff_event WHERE staff_id = @id", new { id }));
        Assert.Contains("staff_event is append-only", tampering.MessageText);
    }

    [Fact]
    public async Task An_admin_may_set_the_temporary_password_but_not_reset_or_deactivate_their_own_account()
    {
        var email = await _host.AddStaffAsync(StaffRoles.Agent);
        var (admin, adminId) = await AdminAsync();
        var id = await _host.StaffIdAsync(email);

        await ConsoleHostFactory.PostFormAsync(admin, "/console/staff", "Reset", new() { ["id"] = $"{id}", ["password"] = "typed by the admin" });
        Assert.Equal("/console/password", (await (await _host.SignInAsAsync(email, "typed by the admin")).GetAsync("/console")).Headers.Location?.ToString());

        await ConsoleHostFactory.PostFormAsync(admin, "/console/staff", "Deactivate", new() { ["id"] = $"{adminId}" });
        await ConsoleHostFactory.PostFormAsync(admin, "/console/staff", "Reset", new() { ["id"] = $"{adminId}", ["password"] = "" });
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/console/staff")).StatusCode);
        Assert.Empty(await EventsAsync(adminId));
    }

    [Fact]
    public async Task A_supervisor_cannot_deactivate_anyone_and_a_new_role_applies_to_a_live_session()
    {
        var agentEmail = await _host.AddStaffAsync(StaffRoles.Agent);
        var agentId = await _host.StaffIdAsync(agentEmail);
        var supervisor = await _host.SignInAsync(StaffRoles.Supervisor);
        var token = await ConsoleHostFactory.AntiforgeryTokenAsync(supervisor, "/console");
        var refused = await supervisor.PostAsync("/console/staff?handler=Deactivate",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = $"{agentId}", ["__RequestVerificationToken"] = token }));
        Assert.StartsWith("http://localhost/console/denied", refused.Headers.Location?.ToString());
        Assert.Empty(await EventsAsync(agentId));

        var agent = await _host.SignInAsAsync(agentEmail);
        var (admin, _) = await AdminAsync();
        await ConsoleHostFactory.PostFormAsync(admin, "/console/staff", "Role", new() { ["id"] = $"{agentId}", ["role"] = StaffRoles.Supervisor });
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/console/reports/reasons")).StatusCode);
    }

    private async Task<(HttpClient Client, long Id)> AdminAsync()
    {
        var email = await _host.AddStaffAsync(StaffRoles.Admin);
        return (await _host.SignInAsAsync(email), await _host.StaffIdAsync(email));
    }

    private static async Task AssertSignedOutAsync(HttpClient client)
    {
        var response = await client.GetAsync("/console");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/console/login", response.Headers.Location?.ToString());
    }

    private static Task<HttpResponseMessage> ChangePasswordAsync(HttpClient client, string current, string password) =>
        ConsoleHostFactory.PostFormAsync(client, "/console/password", null, new() { ["current"] = current, ["password"] = password, ["confirm"] = password });

    private Task<IReadOnlyList<(string Type, string Actor)>> EventsAsync(long staffId) =>
        _host.Database.QueryAsync<(string Type, string Actor)>("SELECT type, actor FROM staff_event WHERE staff_id = @staffId ORDER BY id", new { staffId });

    private Task<int> RunAsync(bool activate, string[] args, TextWriter stdout, TextWriter? stderr = null) =>
        StaffActivationCommand.RunAsync(
            new PostgresStaffUsers(_host.Database.DataSource), new PostgresStaffLifecycle(_host.Database.DataSource, TimeProvider.System),
            activate, args, stdout, stderr ?? TextWriter.Null, CancellationToken.None);

    [GeneratedRegex("id=\"new-password\">([^<]+)</code>")]
    private static partial Regex NewPasswordPattern();
}
